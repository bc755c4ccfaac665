import { isCollection, isDocument, visit, type Document } from 'yaml';
import { BACKSLASH, DASH, DOUBLE_QUOTE, GREATER, HASH, LF, PIPE, SPACE } from './block-text.js';

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
 */
export function hasEscapedBreakBeforeBlank(text: string, from = 0, to = text.length): boolean {
  for (const escapedBreak of ['\\\n', '\\\r']) {
    for (let at = text.indexOf(escapedBreak, from); at !== -1 && at < to; at = text.indexOf(escapedBreak, at + 2)) {
      let next = at + 2;
      if (text.charCodeAt(next - 1) === CR && text.charCodeAt(next) === LF) next++;
      while (next < to && (text.charCodeAt(next) === SPACE || text.charCodeAt(next) === TAB)) next++;
      const code = next < to ? text.charCodeAt(next) : 0;
      if (code === LF || code === CR) return true;
    }
  }
  return false;
}

export function endsWithLineBreak(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === LF || last === CR;
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
        value = goYamlBlockScalar(text, start, parentIndent(text, path));
      } else if (node.type === 'QUOTE_DOUBLE') {
        if (text.charCodeAt(start) !== DOUBLE_QUOTE) return;
        if (!hasEscapedBreakBeforeBlank(text, start, end)) return;
        value = goYamlDoubleQuoted(text, start);
      }
      if (value !== undefined) node.value = value;
    },
  });
}

/** The column of the block collection a scalar is in (libyaml's `parser->indent`), -1 at the top. */
function parentIndent(text: string, path: readonly unknown[]): number {
  for (let i = path.length - 1; i >= 0; i--) {
    const ancestor = path[i];
    if (isDocument(ancestor)) return -1;
    if (isCollection(ancestor) && ancestor.range) {
      const at = ancestor.range[0];
      return at - lineStart(text, at);
    }
  }
  return -1;
}

function lineStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === LF || code === CR) return i + 1;
  }
  return 0;
}

const CR = 13;
const TAB = 9;
const PLUS = 43;

/**
 * A text cursor with libyaml's view of line breaks (`\r\n`, `\n` and `\r` are one each) and of the
 * end of the input (where `is_z` holds).
 */
class Cursor {
  constructor(
    readonly text: string,
    public at: number,
  ) {}

  get code(): number {
    return this.at < this.text.length ? this.text.charCodeAt(this.at) : 0;
  }

  get atEnd(): boolean {
    return this.at >= this.text.length;
  }

  isBreak(): boolean {
    const code = this.code;
    return code === LF || code === CR;
  }

  isBlank(): boolean {
    const code = this.code;
    return code === SPACE || code === TAB;
  }

  skipBreak(): void {
    if (this.code === CR && this.text.charCodeAt(this.at + 1) === LF) this.at += 2;
    else this.at++;
  }
}

/**
 * A block scalar read as libyaml's `yaml_parser_scan_block_scalar` reads it (go-yaml is a port), its
 * header at `at`, in a collection at column `parent` (-1 at the top); undefined where go-yaml refuses it.
 */
export function goYamlBlockScalar(text: string, at: number, parent: number): string | undefined {
  const literal = text.charCodeAt(at) === PIPE;
  const cursor = new Cursor(text, at + 1);
  let chomping = 0;
  let increment = 0;
  for (let read = 0; read < 2; read++) {
    const code = cursor.code;
    if ((code === PLUS || code === DASH) && chomping === 0) chomping = code === PLUS ? 1 : -1;
    else if (code >= 0x31 && code <= 0x39 && increment === 0) increment = code - 0x30;
    else break;
    cursor.at++;
  }
  while (cursor.isBlank()) cursor.at++;
  if (cursor.code === HASH) while (!cursor.atEnd && !cursor.isBreak()) cursor.at++;
  if (!cursor.atEnd && !cursor.isBreak()) return undefined;
  if (!cursor.atEnd) cursor.skipBreak();

  let indent = increment > 0 ? (parent >= 0 ? parent + increment : increment) : 0;
  let trailingBreaks = '';
  let column = 0;
  /** `yaml_parser_scan_block_scalar_breaks`: indentation and empty lines; false at a tab where indentation is due. */
  const breaks = (): boolean => {
    let maxIndent = 0;
    for (;;) {
      column = 0;
      while ((indent === 0 || column < indent) && cursor.code === SPACE) {
        cursor.at++;
        column++;
      }
      if (column > maxIndent) maxIndent = column;
      if ((indent === 0 || column < indent) && cursor.code === TAB) return false;
      if (!cursor.isBreak()) break;
      cursor.skipBreak();
      trailingBreaks += '\n';
    }
    if (indent === 0) indent = Math.max(maxIndent, parent + 1, 1);
    return true;
  };

  if (!breaks()) return undefined;
  let value = '';
  let leadingBreak = '';
  let leadingBlank = false;
  while (column === indent && !cursor.atEnd) {
    const trailingBlank = cursor.isBlank();
    if (!literal && leadingBreak === '\n' && !leadingBlank && !trailingBlank) {
      if (trailingBreaks === '') value += ' ';
      leadingBreak = '';
    } else {
      value += leadingBreak;
      leadingBreak = '';
    }
    value += trailingBreaks;
    trailingBreaks = '';
    leadingBlank = cursor.isBlank();
    const contentStart = cursor.at;
    while (!cursor.atEnd && !cursor.isBreak()) cursor.at++;
    value += text.slice(contentStart, cursor.at);
    if (cursor.atEnd) break;
    cursor.skipBreak();
    leadingBreak = '\n';
    if (!breaks()) return undefined;
  }
  if (chomping !== -1) value += leadingBreak;
  if (chomping === 1) value += trailingBreaks;
  return value;
}

/** go-yaml's one-character escapes (`yaml_parser_scan_flow_scalar`). */
const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_ESCAPE_LENGTHS: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * A double-quoted scalar read as libyaml's `yaml_parser_scan_flow_scalar` reads it, its opening
 * quote at `at`; undefined where go-yaml refuses it (or an escape this does not model).
 */
export function goYamlDoubleQuoted(text: string, at: number): string | undefined {
  const cursor = new Cursor(text, at + 1);
  let value = '';
  for (;;) {
    if (cursor.atEnd) return undefined;
    let leadingBlanks = false;
    while (!cursor.atEnd && !cursor.isBlank() && !cursor.isBreak()) {
      const code = cursor.code;
      if (code === DOUBLE_QUOTE) break;
      if (code !== BACKSLASH) {
        value += text[cursor.at];
        cursor.at++;
        continue;
      }
      cursor.at++;
      if (cursor.isBreak()) {
        cursor.skipBreak();
        leadingBlanks = true;
        break;
      }
      const escape = text[cursor.at] ?? '';
      const simple = SIMPLE_ESCAPES[escape];
      if (simple !== undefined) {
        value += simple;
        cursor.at++;
        continue;
      }
      const length = HEX_ESCAPE_LENGTHS[escape];
      const digits = length === undefined ? '' : text.slice(cursor.at + 1, cursor.at + 1 + length);
      if (length === undefined || !/^[0-9a-fA-F]+$/.test(digits) || digits.length !== length) return undefined;
      const codePoint = Number.parseInt(digits, 16);
      if ((codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return undefined;
      value += String.fromCodePoint(codePoint);
      cursor.at += 1 + length;
    }
    if (cursor.code === DOUBLE_QUOTE) return value;
    let whitespaces = '';
    let leadingBreak = '';
    let trailingBreaks = '';
    while (cursor.isBlank() || cursor.isBreak()) {
      if (cursor.isBlank()) {
        if (!leadingBlanks) whitespaces += text[cursor.at];
        cursor.at++;
      } else {
        cursor.skipBreak();
        if (!leadingBlanks) {
          whitespaces = '';
          leadingBreak = '\n';
          leadingBlanks = true;
        } else trailingBreaks += '\n';
      }
    }
    if (leadingBlanks) {
      if (leadingBreak === '\n') value += trailingBreaks === '' ? ' ' : trailingBreaks;
      else value += leadingBreak + trailingBreaks;
    } else value += whitespaces;
  }
}
