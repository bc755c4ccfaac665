import { isCollection, isDocument, visit, type Document } from 'yaml';
import {
  AMPERSAND,
  BYTE_ORDER_MARK,
  CR,
  DASH,
  DIGIT_NINE,
  DIGIT_ZERO,
  DOUBLE_QUOTE,
  EXCLAMATION,
  GREATER,
  HASH,
  LF,
  PIPE,
  PLUS,
  TAB,
} from './character-codes.js';
import { goYamlDoubleQuoted } from './go-yaml-quoted.js';
import { endOfLine, isLineBreak, isWhiteSpace, leadingSpaces, pastLineBreak } from './text-cursor.js';

/**
 * Scalars that eemeli/yaml (and js-yaml) read differently from go-yaml, which kubectl reads with:
 * a block scalar that runs to the end of a text without a final line break (go-yaml adds no line
 * break that is not there), trailing lines of only spaces in a block scalar with an indentation
 * indicator (go-yaml keeps the spaces past the indentation), and blank lines after an escaped line
 * break in a double-quoted scalar (go-yaml keeps each as a line break). Whether a text may hold one:
 * most do not, and then no scalar needs reading again.
 */
export function mayReadDifferently(text: string): boolean {
  const mayHoldBlockScalars = text.includes('|') || text.includes('>');
  return (
    (mayHoldBlockScalars && (!endsWithLineBreak(text) || INDENTATION_INDICATOR.test(text))) ||
    hasEscapedBreakBeforeBlank(text)
  );
}

/** A block scalar header with an indentation indicator, or something like one. */
const INDENTATION_INDICATOR = /[|>][-+]?[1-9]/;
/**
 * Whether a `\` ends a line that a line of only spaces and tabs follows. A search for the pair, not a
 * regular expression: this runs over whole texts, megabytes of them in the positioned parser's inputs.
 * A range is searched in its slice alone (V8 slices without copying): searched in the whole text,
 * each of a file's thousands of quoted scalars would cost the rest of the file.
 */
export function hasEscapedBreakBeforeBlank(text: string, from = 0, to = text.length): boolean {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const escapedBreak of ['\\\n', '\\\r']) {
    for (let at = part.indexOf(escapedBreak); at !== -1; at = part.indexOf(escapedBreak, at + 2)) {
      let next = at + 2;
      if (part.charCodeAt(next - 1) === CR && part.charCodeAt(next) === LF) next++;
      while (next < part.length && isWhiteSpace(part.charCodeAt(next))) next++;
      if (next < part.length && isLineBreak(part.charCodeAt(next))) return true;
    }
  }
  return false;
}

export function endsWithLineBreak(text: string): boolean {
  return isLineBreak(text.charCodeAt(text.length - 1));
}

/** Gives the scalars of `mayReadDifferently` go-yaml's values (`text` is the one the document was parsed from). */
export function rereadAsGoYaml(doc: Document.Parsed, text: string): void {
  const openEnded = !endsWithLineBreak(text);
  visit(doc, {
    Scalar(_key, node, path) {
      if (!node.range) return;
      const [start, , end] = node.range;
      let value: string | undefined;
      if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        const header = text.charCodeAt(start);
        if (header !== PIPE && header !== GREATER) return;
        const hasIndicator = INDENTATION_INDICATOR.test(text.slice(start, start + 3));
        if (!hasIndicator && !(openEnded && end >= text.length)) return;
        const read = goYamlBlockScalar(text, start, parentIndent(text, path));
        if (typeof read === 'string') value = read;
      } else if (node.type === 'QUOTE_DOUBLE') {
        if (text.charCodeAt(start) !== DOUBLE_QUOTE) return;
        if (!hasEscapedBreakBeforeBlank(text, start, end)) return;
        value = goYamlDoubleQuoted(text, start);
      }
      if (value !== undefined) node.value = value;
    },
  });
}

/**
 * Where go-yaml stops at a tab in a block scalar of the document: at a line's start (or after spaces)
 * where indentation is due, where eemeli/yaml (and js-yaml) read the tab as content or a blank line.
 */
export function blockScalarTab(doc: Document.Parsed, text: string): number | undefined {
  let tabAt: number | undefined;
  visit(doc, {
    Scalar(_key, node, path) {
      if ((node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') || !node.range) return undefined;
      const start = node.range[0];
      const header = text.charCodeAt(start);
      if (header !== PIPE && header !== GREATER) return undefined;
      const read = goYamlBlockScalar(text, start, parentIndent(text, path));
      if (typeof read === 'string') return undefined;
      tabAt = read.refusedAt;
      return visit.BREAK;
    },
  });
  return tabAt;
}

/**
 * The column of the block collection a scalar is in, -1 at the top: an indentation indicator counts
 * from it, and detected content is at least one column deeper. Counted as go-yaml counts it: from a
 * node property (`&anchor`, `!tag`) written before the collection's first key, where eemeli/yaml
 * starts the collection after it, and without a byte order mark at the start of the text.
 */
export function parentIndent(text: string, path: readonly unknown[]): number {
  for (let i = path.length - 1; i >= 0; i--) {
    const ancestor = path[i];
    if (isDocument(ancestor)) return -1;
    if (isCollection(ancestor) && ancestor.range) {
      const line = lineStart(text, ancestor.range[0]);
      const start = startOfProperties(text, line, ancestor.range[0]);
      return start - line - (line === 0 && text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0);
    }
  }
  return -1;
}

/** Where the node properties (`&anchor`, `!tag`, in any number) written before `at` on its line begin. */
function startOfProperties(text: string, line: number, at: number): number {
  let start = at;
  for (;;) {
    let end = start;
    while (end > line && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    let token = end;
    while (token > line && !isWhiteSpace(text.charCodeAt(token - 1))) token--;
    const first = text.charCodeAt(token);
    if (token === end || (first !== AMPERSAND && first !== EXCLAMATION)) return start;
    start = token;
  }
}

function lineStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    if (isLineBreak(text.charCodeAt(i))) return i + 1;
  }
  return 0;
}

type Chomping = 'strip' | 'clip' | 'keep';

interface BlockHeader {
  folded: boolean;
  chomping: Chomping;
  /** From the indentation indicator; 0 where the content's first non-empty line decides. */
  indentation: number;
  /** Where the line after the header starts (the text's end if there is none). */
  body: number;
}

/**
 * `|` or `>`, then at most one chomping indicator (`-`, `+`) and one indentation indicator (1–9) in
 * either order, then white space and a comment (go-yaml takes a `#` right after the indicators as
 * one too); anything else on the line and go-yaml refuses the document.
 */
function readBlockHeader(text: string, at: number): BlockHeader | undefined {
  let chomping: Chomping | undefined;
  let indentation = 0;
  let next = at + 1;
  for (; ; next++) {
    const code = text.charCodeAt(next);
    if (chomping === undefined && (code === DASH || code === PLUS)) chomping = code === DASH ? 'strip' : 'keep';
    else if (indentation === 0 && code > DIGIT_ZERO && code <= DIGIT_NINE) indentation = code - DIGIT_ZERO;
    else break;
  }
  while (isWhiteSpace(text.charCodeAt(next))) next++;
  if (text.charCodeAt(next) === HASH) next = endOfLine(text, next);
  if (next < text.length && !isLineBreak(text.charCodeAt(next))) return undefined;
  const body = next < text.length ? pastLineBreak(text, next) : next;
  return { folded: text.charCodeAt(at) === GREATER, chomping: chomping ?? 'clip', indentation, body };
}

/** Where go-yaml refuses a block scalar: at a tab where indentation is due, or at a header it does not read. */
export interface Refusal {
  refusedAt: number;
}

/**
 * Without an indentation indicator, the content is as deep as its first non-empty line, or as the
 * deepest of the empty lines before it if one is deeper (that line then ends the scalar), and at
 * least a column deeper than the parent. Until it is known, a tab after a line's spaces is one
 * where indentation is due (even a tab-only line's), and go-yaml refuses the document.
 */
function detectIndentation(text: string, body: number, parent: number): number | Refusal {
  let deepest = 0;
  let line = body;
  for (;;) {
    const spaces = leadingSpaces(text, line);
    deepest = Math.max(deepest, spaces);
    const after = text.charCodeAt(line + spaces);
    if (after === TAB) return { refusedAt: line + spaces };
    if (!isLineBreak(after)) break;
    line = pastLineBreak(text, line + spaces);
  }
  return Math.max(deepest, parent + 1, 1);
}

/** A line of a block scalar's body, read at the content's indentation. */
type BodyLine =
  /** Nothing past the indentation (or only some of it): a line break of its own. */
  | { kind: 'empty'; next: number }
  /** Text from the indentation on; `next` undefined where the text ends without a line break. */
  | { kind: 'content'; start: number; end: number; next: number | undefined }
  /** Less indented, or the end of the text: the scalar is over. */
  | { kind: 'end' }
  /** A tab where indentation is due (the line may end the scalar): go-yaml refuses the document. */
  | { kind: 'tab'; at: number };

const END_OF_BODY: BodyLine = { kind: 'end' };

function readBodyLine(text: string, line: number, indentation: number): BodyLine {
  const spaces = leadingSpaces(text, line, indentation);
  const start = line + spaces;
  const first = text.charCodeAt(start);
  if (spaces < indentation && first === TAB) return { kind: 'tab', at: start };
  if (isLineBreak(first)) return { kind: 'empty', next: pastLineBreak(text, start) };
  // Spaces past the indentation are content, even on a line of nothing else.
  if (spaces < indentation || start >= text.length) return END_OF_BODY;
  const end = endOfLine(text, start);
  return { kind: 'content', start, end, next: end < text.length ? pastLineBreak(text, end) : undefined };
}

/**
 * The value of a block scalar as go-yaml reads it, its header at `at`, in a collection at column
 * `parent` (-1 at the top), or where go-yaml refuses it. As YAML 1.2 has it, but with no final line
 * break where the text ends without one.
 */
export function goYamlBlockScalar(text: string, at: number, parent: number): string | Refusal {
  const header = readBlockHeader(text, at);
  if (!header) return { refusedAt: at };
  const indentation =
    header.indentation > 0 ? Math.max(parent, 0) + header.indentation : detectIndentation(text, header.body, parent);
  if (typeof indentation !== 'number') return indentation;

  let value = '';
  let seenContent = false;
  /** Whether a line break ends the last content line (not so at the end of a text without one). */
  let lineBreakAfterContent = false;
  /** A more-indented line (one starting with white space) keeps its line breaks when folded. */
  let moreIndented = false;
  let emptyLines = 0;
  let line: number | undefined = header.body;
  while (line !== undefined) {
    const read = readBodyLine(text, line, indentation);
    if (read.kind === 'tab') return { refusedAt: read.at };
    if (read.kind === 'end') break;
    if (read.kind === 'empty') {
      emptyLines++;
      line = read.next;
      continue;
    }
    const startsWithWhiteSpace = isWhiteSpace(text.charCodeAt(read.start));
    const empty = '\n'.repeat(emptyLines);
    if (!seenContent) value += empty;
    else if (header.folded && !moreIndented && !startsWithWhiteSpace) value += emptyLines > 0 ? empty : ' ';
    else value += '\n' + empty;
    value += text.slice(read.start, read.end);
    seenContent = true;
    moreIndented = startsWithWhiteSpace;
    lineBreakAfterContent = read.next !== undefined;
    emptyLines = 0;
    line = read.next;
  }
  if (header.chomping !== 'strip' && lineBreakAfterContent) value += '\n';
  if (header.chomping === 'keep') value += '\n'.repeat(emptyLines);
  return value;
}
