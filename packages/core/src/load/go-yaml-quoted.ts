import { visit, type Document } from 'yaml';
import { BACKSLASH, DOUBLE_QUOTE } from './character-codes.js';
import { HEX_ESCAPE_LENGTHS, SIMPLE_ESCAPES } from './escapes.js';
import { isLineBreak, isWhiteSpace, pastLineBreak } from './text-cursor.js';

/** The character of the escape whose backslash is at `at`, and where the text goes on; undefined where go-yaml refuses it. */
function readEscape(text: string, at: number): { character: string; next: number } | undefined {
  const kind = text.charCodeAt(at + 1);
  const simple = SIMPLE_ESCAPES[kind];
  if (simple !== undefined) return { character: simple, next: at + 2 };
  const length = HEX_ESCAPE_LENGTHS[kind];
  if (length === undefined) return undefined;
  const digits = text.slice(at + 2, at + 2 + length);
  if (digits.length !== length || !/^[0-9a-fA-F]+$/.test(digits)) return undefined;
  const codePoint = Number.parseInt(digits, 16);
  // Each escape must be a character of its own: no surrogate halves to pair up.
  if ((codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return undefined;
  return { character: String.fromCodePoint(codePoint), next: at + 2 + length };
}

/** One line of a double-quoted scalar, its escapes decoded. */
interface QuotedLine {
  decoded: string;
  /** Where in `decoded` the text past the line's leading white space starts, and where its trailing white space starts. */
  contentStart: number;
  contentEnd: number;
  /** Whether the line holds anything but white space (an escape counts, even an escaped space). */
  hasContent: boolean;
  endedBy: 'line break' | 'escaped line break' | 'closing quote';
  next: number;
}

function readQuotedLine(text: string, from: number): QuotedLine | undefined {
  let decoded = '';
  let contentStart: number | undefined;
  let contentEnd = 0;
  let at = from;
  const line = (endedBy: QuotedLine['endedBy'], next: number): QuotedLine => ({
    decoded,
    contentStart: contentStart ?? decoded.length,
    contentEnd,
    hasContent: contentStart !== undefined,
    endedBy,
    next,
  });
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === DOUBLE_QUOTE) return line('closing quote', at + 1);
    if (isLineBreak(code)) return line('line break', pastLineBreak(text, at));
    if (isWhiteSpace(code)) {
      decoded += text[at++];
      continue;
    }
    contentStart ??= decoded.length;
    if (code !== BACKSLASH) {
      decoded += text[at++];
    } else if (isLineBreak(text.charCodeAt(at + 1))) {
      return line('escaped line break', pastLineBreak(text, at + 1));
    } else {
      const escape = readEscape(text, at);
      if (!escape) return undefined;
      decoded += escape.character;
      at = escape.next;
    }
    contentEnd = decoded.length;
  }
  return undefined;
}

/**
 * The value of a double-quoted scalar as go-yaml reads it, its opening quote at `at`; undefined where
 * go-yaml refuses it (or the quote is never closed). Lines fold as YAML 1.2 has it: white space around
 * a line break goes, the line break becomes a space, or the line breaks of the empty lines after it
 * if there are any; after an escaped line break the lines join with nothing between them but the
 * line breaks of the empty lines (white space before the backslash stays).
 */
export function goYamlDoubleQuoted(text: string, at: number): string | undefined {
  let line = readQuotedLine(text, at + 1);
  if (!line) return undefined;
  // The first line keeps its leading white space, the last its trailing white space.
  let value = line.decoded.slice(0, line.endedBy === 'line break' ? line.contentEnd : undefined);
  let joinedBy = line.endedBy;
  let emptyLines = 0;
  while (line.endedBy !== 'closing quote') {
    line = readQuotedLine(text, line.next);
    if (!line) return undefined;
    if (line.endedBy === 'line break' && !line.hasContent) {
      emptyLines++;
      continue;
    }
    value += joinedBy === 'escaped line break' || emptyLines > 0 ? '\n'.repeat(emptyLines) : ' ';
    value += line.decoded.slice(line.contentStart, line.endedBy === 'line break' ? line.contentEnd : undefined);
    joinedBy = line.endedBy;
    emptyLines = 0;
  }
  return value;
}

/**
 * go-yaml reads `\'` in a double-quoted scalar as `'`; eemeli/yaml reports an invalid escape and keeps
 * the backslash. Those errors go, and each scalar holding one is read as go-yaml reads it.
 */
export function acceptQuoteEscapes(doc: Document.Parsed, text: string): void {
  const isQuoteEscape = (error: { code: string; pos: [number, number] }): boolean =>
    error.code === 'BAD_DQ_ESCAPE' && text.startsWith("\\'", error.pos[0]);
  if (!doc.errors.some(isQuoteEscape)) return;
  doc.errors = doc.errors.filter((error) => !isQuoteEscape(error));
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'QUOTE_DOUBLE' || !node.range) return;
      const [start, end] = node.range;
      if (!text.slice(start, end).includes("\\'")) return;
      const value = goYamlDoubleQuoted(text, start);
      if (value !== undefined) node.value = value;
    },
  });
}
