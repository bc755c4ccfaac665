import { afterSpaces, indentOf, nextLineStart } from './text-cursor.js';
import type { Yaml11Scalars } from './yaml11-scalars.js';

/**
 * The fast path's reader for the block YAML most manifests are written in: block mappings and
 * sequences, one-line plain and quoted scalars, block scalars, one-line flow collections of
 * scalars and comments. It gives exactly the value js-yaml gives (with `Yaml11Scalars`), or
 * undefined when it meets anything else (tabs, carriage returns, anchors, tags, explicit keys,
 * scalars over several lines, duplicate keys, keys that are not strings, odd indentation…): the
 * document is then read by js-yaml as before, so a miss costs speed, never a value.
 * `block-reader.test.ts` holds it to js-yaml on the corpus, the rule cases and generated documents.
 */
export function readBlockDocument(
  text: string,
  start: number,
  end: number,
  scalars: Yaml11Scalars,
  nodeLimit: number,
): { value: unknown } | typeof LEFT_TO_PRECISE | undefined {
  // js-yaml reads no document at all in an empty text.
  if (start === end) return undefined;
  try {
    return { value: new BlockReader(text, end, scalars, nodeLimit).document(start) };
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    if (error === LEAVE_TO_PRECISE) return LEFT_TO_PRECISE;
    throw error;
  }
}

/**
 * What `readBlockDocument` answers for a document that js-yaml would read, but not as go-yaml does
 * (see `mayReadDifferently`): the positioned parser reads it as go-yaml does.
 */
export const LEFT_TO_PRECISE = 'left to the positioned parser';

/** Thrown (never built again: no stack to capture) where the reader leaves the document to js-yaml. */
const GIVE_UP = new Error('left to js-yaml');
const LEAVE_TO_PRECISE = new Error(LEFT_TO_PRECISE);

function giveUp(): never {
  throw GIVE_UP;
}

function leaveToPrecise(): never {
  throw LEAVE_TO_PRECISE;
}

const LF = 10;
const SPACE = 32;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const SINGLE_QUOTE = 39;
const COMMA = 44;
const DASH = 45;
const COLON = 58;
const QUESTION = 63;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const PIPE = 124;
const CLOSE_BRACE = 125;
const GREATER = 62;
/** Nesting well below js-yaml's limit of 128 nodes (keys count there): deeper documents are left to it. */
const DEPTH_LIMIT = 60;

/** Characters that cannot start a plain scalar in block context (js-yaml's `readPlainScalar`). */
const NOT_PLAIN_START = new Uint8Array(128);
for (const character of ',[]{}#&*!|>\'"%@`') NOT_PLAIN_START[character.charCodeAt(0)] = 1;
/** `[`, `]`, `{`, `}` and `,`: they end a plain scalar inside a flow collection. */
const FLOW_INDICATOR = new Uint8Array(128);
for (const character of ',[]{}') FLOW_INDICATOR[character.charCodeAt(0)] = 1;

/** js-yaml's one-character escapes of double-quoted scalars (`\t` followed by a tab is left out: tabs are). */
const SIMPLE_ESCAPES = new Map<number, string>(
  (
    [
      ['0', '\x00'],
      ['a', '\x07'],
      ['b', '\x08'],
      ['t', '\x09'],
      ['n', '\x0A'],
      ['v', '\x0B'],
      ['f', '\x0C'],
      ['r', '\x0D'],
      ['e', '\x1B'],
      [' ', ' '],
      ['"', '"'],
      ['/', '/'],
      ['\\', '\\'],
      ['N', '\x85'],
      ['_', '\xA0'],
      ['L', '\u2028'],
      ['P', '\u2029'],
    ] as const
  ).map(([escape, value]) => [escape.charCodeAt(0), value]),
);
const HEX_ESCAPE_LENGTHS = new Map([
  [0x78, 2],
  [0x75, 4],
  [0x55, 8],
]);

/**
 * One document, read line by line. Every node reader leaves `next` at the first line after the node
 * that holds content (blank and comment lines skipped), or at `end`.
 */
class BlockReader {
  private next = 0;
  private nodes = 0;
  private depth = 0;
  /** Where a key's value starts, set by `key`. */
  private valueAt = 0;
  /** The offset after a quoted scalar or flow collection, set by their readers. */
  private after = 0;
  /** What the line breaks skipped by `foldLines` fold to. */
  private fold = '';

  constructor(
    private readonly text: string,
    private readonly end: number,
    private readonly scalars: Yaml11Scalars,
    private readonly nodeLimit: number,
  ) {}

  document(start: number): unknown {
    let first = start;
    if (this.text.startsWith('---', start)) {
      // Only a comment can follow the marker on its line (anything else is left to the positioned parser).
      const rest = this.skipSpaces(start + 3);
      if (rest < this.end && this.text.charCodeAt(rest) !== LF && this.text.charCodeAt(rest) !== HASH) giveUp();
      first = this.lineAfter(start);
    }
    const line = this.contentLine(first);
    if (line >= this.end) {
      this.count();
      return null;
    }
    const column = this.indent(line);
    const at = line + column;
    let value: unknown;
    if (this.isDash(at)) value = this.sequence(at, column);
    else if (this.keyAhead(at)) value = this.mapping(at, column);
    else giveUp();
    if (this.next < this.end) giveUp();
    return value;
  }

  /** A block mapping whose first key is at `at`, its keys in column `column`. */
  private mapping(at: number, column: number): Record<string, unknown> {
    this.enter();
    this.count();
    const object: Record<string, unknown> = {};
    for (let keyAt = at; ;) {
      const name = this.key(keyAt);
      if (Object.prototype.hasOwnProperty.call(object, name)) giveUp();
      object[name] = this.mappingValue(this.valueAt, column);
      const line = this.next;
      if (line >= this.end) break;
      const indent = this.indent(line);
      if (indent < column) break;
      if (indent > column) giveUp();
      keyAt = line + column;
    }
    this.depth--;
    return object;
  }

  /** The value after `key:` and its spaces, in a mapping whose keys sit in column `column`. */
  private mappingValue(at: number, column: number): unknown {
    const code = at < this.end ? this.text.charCodeAt(at) : LF;
    if (code !== LF && code !== HASH) return this.leaf(at, column);
    const line = this.contentLine(this.lineAfter(at));
    if (line < this.end) {
      const indent = this.indent(line);
      if (indent > column) return this.ownLine(line + indent, indent, column);
      // A sequence may share its key's column.
      if (indent === column && this.isDash(line + column)) return this.sequence(line + column, column);
    }
    this.next = line;
    this.count();
    return null;
  }

  /** A block sequence whose first `-` is at `at`, in column `column`. */
  private sequence(at: number, column: number): unknown[] {
    this.enter();
    this.count();
    const array: unknown[] = [];
    for (let dashAt = at; ;) {
      const itemAt = this.skipSpaces(dashAt + 1);
      const code = itemAt < this.end ? this.text.charCodeAt(itemAt) : LF;
      // Compact collections (`- - a`, `- key: value`) sit in the column where they start.
      const itemColumn = itemAt - dashAt + column;
      if (code === LF || code === HASH) {
        const line = this.contentLine(this.lineAfter(itemAt));
        const indent = line < this.end ? this.indent(line) : -1;
        if (indent > column) array.push(this.ownLine(line + indent, indent, column));
        // js-yaml takes a `-` after an empty entry into the sequence whatever its column.
        else if (indent >= 0 && indent < column && this.isDash(line + indent)) giveUp();
        else {
          this.next = line;
          this.count();
          array.push(null);
        }
      } else if (this.isDash(itemAt)) array.push(this.sequence(itemAt, itemColumn));
      else if (this.keyAhead(itemAt)) array.push(this.mapping(itemAt, itemColumn));
      else array.push(this.leaf(itemAt, column));
      const line = this.next;
      if (line >= this.end) break;
      const indent = this.indent(line);
      if (indent > column) giveUp();
      if (indent < column || !this.isDash(line + column)) break;
      dashAt = line + column;
    }
    this.depth--;
    return array;
  }

  /** A node that starts a line of its own (after `key:` or `-`), in column `column`, in a collection in `parentColumn`. */
  private ownLine(at: number, column: number, parentColumn: number): unknown {
    if (this.isDash(at)) return this.sequence(at, column);
    if (this.keyAhead(at)) return this.mapping(at, column);
    return this.leaf(at, parentColumn);
  }

  /** A scalar or flow collection at `at`, the value of an entry of a collection in column `column`. */
  private leaf(at: number, column: number): unknown {
    this.count();
    const text = this.text;
    const code = text.charCodeAt(at);
    let value: unknown;
    let lineEnd: number;
    if (code === PIPE || code === GREATER) return this.blockScalar(at, column);
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE || code === OPEN_BRACKET || code === OPEN_BRACE) {
      value =
        code === DOUBLE_QUOTE
          ? this.doubleQuoted(at, true)
          : code === SINGLE_QUOTE
            ? this.singleQuoted(at, true)
            : this.flowCollection(at);
      lineEnd = this.skipSpaces(this.after);
      const rest = lineEnd < this.end ? text.charCodeAt(lineEnd) : LF;
      // js-yaml reads a `#` right after the closing quote or bracket as a comment.
      if (rest !== LF && rest !== HASH) giveUp();
    } else {
      if (!this.plainStart(at)) giveUp();
      value = this.plain(at, column);
      lineEnd = this.after;
    }
    // A deeper line after a scalar is an error (deeper lines of a plain scalar were read): left to js-yaml.
    this.next = this.contentLine(this.lineAfter(lineEnd));
    if (this.next < this.end && this.indent(this.next) > column) giveUp();
    return value;
  }

  /**
   * A plain scalar at `at`, folded over the deeper lines that continue it as js-yaml's
   * `readPlainScalar` folds them; `after` is set where the scan of its last line stopped.
   */
  private plain(at: number, column: number): unknown {
    const text = this.text;
    let raw: string | undefined;
    let fold = '';
    for (let segmentStart = at; ;) {
      let last = segmentStart;
      let i = segmentStart;
      for (; i < this.end; i++) {
        const character = text.charCodeAt(i);
        if (character === LF) break;
        if (character === HASH && text.charCodeAt(i - 1) === SPACE) break;
        // `key: a: b` is an error, `key: a:` too.
        if (character === COLON && this.spaceOrEnd(i + 1)) giveUp();
        if (character !== SPACE) last = i + 1;
      }
      const segment = text.slice(segmentStart, last);
      raw = raw === undefined ? segment : raw + fold + segment;
      this.after = i;
      if (i >= this.end || text.charCodeAt(i) === HASH) break;
      // Blank lines between continue it too: one line break folds to a space, more keep all but one.
      let breaks = 1;
      let line = i + 1;
      let first = line + this.indent(line);
      while (first < this.end && text.charCodeAt(first) === LF) {
        breaks++;
        line = first + 1;
        first = line + this.indent(line);
      }
      if (first >= this.end || first - line <= column || text.charCodeAt(first) === HASH) break;
      fold = breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
      segmentStart = first;
    }
    return this.plainValue(raw);
  }

  /**
   * A literal or folded block scalar, as js-yaml's `readBlockScalar` reads it, the value of an entry
   * of a collection in column `column`.
   */
  private blockScalar(at: number, column: number): string {
    const folding = this.text.charCodeAt(at) === GREATER;
    const nodeIndent = column + 1;
    let chomping: 'clip' | 'keep' | 'strip' = 'clip';
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let position = at + 1;
    for (let code = this.code(position); ; code = this.code(++position)) {
      if (code === 0x2b || code === DASH) {
        if (chomping !== 'clip') giveUp();
        chomping = code === 0x2b ? 'keep' : 'strip';
      } else if (code >= 0x30 && code <= 0x39) {
        if (code === 0x30 || detectedIndent) giveUp();
        textIndent = nodeIndent + code - 0x30 - 1;
        detectedIndent = true;
      } else break;
    }
    let code = this.code(position);
    if (code === SPACE) {
      position = this.skipSpaces(position);
      if (this.code(position) === HASH) {
        const newline = this.text.indexOf('\n', position);
        position = newline === -1 || newline >= this.end ? this.end : newline;
      }
      code = this.code(position);
    }
    if (code !== LF) giveUp();
    let result = '';
    let didReadContent = false;
    let emptyLines = 0;
    let atMoreIndented = false;
    let lineIndent = 0;
    while (code !== 0) {
      // At a line break: read the next line's indentation.
      position++;
      lineIndent = 0;
      code = this.code(position);
      while ((!detectedIndent || lineIndent < textIndent) && code === SPACE) {
        lineIndent++;
        code = this.code(++position);
      }
      if (!detectedIndent && lineIndent > textIndent) textIndent = lineIndent;
      if (code === LF) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) giveUp();
      if (lineIndent < textIndent) {
        if (chomping === 'keep') result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
        else if (chomping === 'clip' && didReadContent) result += '\n';
        break;
      }
      if (folding) {
        // More-indented lines are not folded.
        if (code === SPACE) {
          atMoreIndented = true;
          result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          result += '\n'.repeat(emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) result += ' ';
        } else result += '\n'.repeat(emptyLines);
      } else result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      // The rest of the line is content (no 0 inside: `blockReaderMayRead` refuses such text).
      const captureStart = position;
      const newline = this.text.indexOf('\n', position);
      position = newline === -1 || newline >= this.end ? this.end : newline;
      code = this.code(position);
      result += this.text.slice(captureStart, position);
    }
    // At the end of a text without a final line break, js-yaml adds one; go-yaml does not.
    if (code === 0 && this.text.charCodeAt(this.end - 1) !== LF) leaveToPrecise();
    this.next = code === 0 ? this.end : this.contentLine(position - lineIndent);
    if (this.next < this.end && this.indent(this.next) > column) giveUp();
    return result;
  }

  /** A flow sequence or mapping of scalars (on one line or several). */
  private flowCollection(at: number): unknown {
    const text = this.text;
    const isMapping = text.charCodeAt(at) === OPEN_BRACE;
    const terminator = isMapping ? CLOSE_BRACE : CLOSE_BRACKET;
    const array: unknown[] = [];
    const object: Record<string, unknown> = {};
    this.enter();
    let position = at + 1;
    let readNext = true;
    for (;;) {
      position = this.flowSpace(position);
      if (position >= this.end) giveUp();
      const code = text.charCodeAt(position);
      if (code === terminator) break;
      if (!readNext || code === COMMA) giveUp();
      const keyStart = position;
      const key = this.flowScalar(position);
      position = this.flowSpace(this.after);
      if (position < this.end && text.charCodeAt(position) === COLON) {
        // js-yaml pairs a key with a `:` on the line where the key starts only.
        if (!isMapping || text.lastIndexOf('\n', position - 1) >= keyStart) giveUp();
        position = this.flowSpace(position + 1);
        const valueCode = position < this.end ? text.charCodeAt(position) : LF;
        let value: unknown = null;
        if (valueCode !== COMMA && valueCode !== CLOSE_BRACE) {
          value = this.flowScalar(position);
          position = this.flowSpace(this.after);
        } else this.count();
        const name = this.keyName(key);
        if (Object.prototype.hasOwnProperty.call(object, name)) giveUp();
        object[name] = value;
      } else if (isMapping) giveUp();
      else array.push(key);
      if (position < this.end && text.charCodeAt(position) === COMMA) {
        readNext = true;
        position++;
      } else readNext = false;
    }
    this.after = position + 1;
    this.depth--;
    return isMapping ? object : array;
  }

  /** A quoted or plain scalar inside a flow collection; `after` is set past it. */
  private flowScalar(at: number): unknown {
    const text = this.text;
    const code = text.charCodeAt(at);
    this.count();
    if (code === DOUBLE_QUOTE) return this.doubleQuoted(at, true);
    if (code === SINGLE_QUOTE) return this.singleQuoted(at, true);
    if (code < 128 && NOT_PLAIN_START[code] === 1) giveUp();
    if ((code === DASH || code === QUESTION || code === COLON) && this.flowBreak(at + 1)) giveUp();
    let last = at;
    let position = at;
    for (; position < this.end; position++) {
      const character = text.charCodeAt(position);
      if (character === LF) {
        // It ends where the next line with content starts with a flow indicator or a comment; else it goes on.
        const next = this.flowSpace(position, false);
        const following = next < this.end ? text.charCodeAt(next) : LF;
        if (following !== HASH && !(following < 128 && FLOW_INDICATOR[following] === 1)) giveUp();
        break;
      }
      if (character === HASH && text.charCodeAt(position - 1) === SPACE) break;
      if (character === COLON && this.flowBreak(position + 1)) break;
      if (character < 128 && FLOW_INDICATOR[character] === 1) break;
      if (character !== SPACE) last = position + 1;
    }
    if (last === at) giveUp();
    this.after = position;
    return this.plainValue(text.slice(at, last));
  }

  /** The offset after spaces, line breaks and (unless `comments` is false) comments from `at`, as js-yaml skips them in flow collections. */
  private flowSpace(at: number, comments = true): number {
    const text = this.text;
    for (;;) {
      at = this.skipSpaces(at);
      if (at >= this.end) return at;
      let code = text.charCodeAt(at);
      if (code === HASH && comments) {
        at = this.lineAfter(at) - 1;
        if (at < this.end - 1) code = LF;
        else return this.end;
      }
      if (code !== LF) return at;
      at++;
    }
  }

  /** Whether a space, line break or flow indicator is at `at` (a `:` or `-` before one is no plain scalar's). */
  private flowBreak(at: number): boolean {
    if (at >= this.end) return true;
    const code = this.text.charCodeAt(at);
    return code === SPACE || code === LF || (code < 128 && FLOW_INDICATOR[code] === 1);
  }

  /** A key at `at` (plain or quoted, then `:` and a space or the line's end); sets `valueAt`. */
  private key(at: number): string {
    const text = this.text;
    const code = text.charCodeAt(at);
    let name: unknown;
    let colon: number;
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      name = code === DOUBLE_QUOTE ? this.doubleQuoted(at, false) : this.singleQuoted(at, false);
      colon = this.skipSpaces(this.after);
      if (colon >= this.end || text.charCodeAt(colon) !== COLON) giveUp();
    } else {
      colon = this.plainKeyColon(at);
      if (colon < 0) giveUp();
      let keyEnd = colon;
      while (text.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
      const raw = text.slice(at, keyEnd);
      // A merge key: js-yaml merges where eemeli/yaml's reading (kubectl's) may differ.
      if (raw === '<<') giveUp();
      name = this.plainValue(raw);
    }
    if (!this.spaceOrEnd(colon + 1)) giveUp();
    this.count();
    this.valueAt = this.skipSpaces(colon + 1);
    return this.keyName(name);
  }

  /**
   * A key as js-yaml stores it (`String(key)`: numbers and booleans too), when it is not `null` (which
   * `plainEnough` leaves to the positioned parser) or `__proto__`.
   */
  private keyName(key: unknown): string {
    if (typeof key === 'object') giveUp();
    const name = String(key);
    if (name === 'null' || name === '__proto__') giveUp();
    return name;
  }

  /** Whether a key (plain or quoted, then `:`) starts at `at`. */
  private keyAhead(at: number): boolean {
    const code = this.text.charCodeAt(at);
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      // A quoted scalar over several lines is no key (js-yaml reads it as a value).
      const end = this.quotedEnd(at);
      const after = end < 0 ? end : this.skipSpaces(end);
      return after >= 0 && after < this.end && this.text.charCodeAt(after) === COLON;
    }
    return this.plainKeyColon(at) >= 0;
  }

  /** The `:` that ends a plain key starting at `at` on its line, or -1. */
  private plainKeyColon(at: number): number {
    if (!this.plainStart(at)) return -1;
    const text = this.text;
    for (let i = at; i < this.end; i++) {
      const code = text.charCodeAt(i);
      if (code === LF || (code === HASH && text.charCodeAt(i - 1) === SPACE)) return -1;
      if (code === COLON && this.spaceOrEnd(i + 1)) return i;
    }
    return -1;
  }

  /** Whether a plain scalar (block context) can start at `at`. */
  private plainStart(at: number): boolean {
    if (at >= this.end) return false;
    const code = this.text.charCodeAt(at);
    if (code === SPACE || code === LF || (code < 128 && NOT_PLAIN_START[code] === 1)) return false;
    if (code === DASH || code === QUESTION || code === COLON) return !this.spaceOrEnd(at + 1);
    return true;
  }

  private plainValue(raw: string): unknown {
    try {
      return this.scalars.read(raw);
    } catch {
      // A plain scalar eemeli/yaml refuses: js-yaml's reading refuses the document too.
      return giveUp();
    }
  }

  /**
   * A double-quoted scalar, its lines folded as js-yaml's `readDoubleQuotedScalar` folds them (one line
   * only unless `multiLine`: keys); `after` is set past its closing quote.
   */
  private doubleQuoted(at: number, multiLine: boolean): string {
    const text = this.text;
    let result = '';
    let captureStart = at + 1;
    let captureEnd = captureStart;
    for (let i = captureStart; ;) {
      if (i >= this.end) giveUp();
      const code = text.charCodeAt(i);
      if (code === DOUBLE_QUOTE) {
        this.after = i + 1;
        return result + text.slice(captureStart, i);
      }
      if (code === LF) {
        if (!multiLine) giveUp();
        result += text.slice(captureStart, captureEnd);
        i = this.foldLines(i);
        result += this.fold;
        captureStart = captureEnd = i;
        continue;
      }
      if (code !== BACKSLASH) {
        i++;
        if (code !== SPACE) captureEnd = i;
        continue;
      }
      result += text.slice(captureStart, i);
      // A backslash that ends the text leaves the scalar unclosed: js-yaml reports it.
      const escape = i + 1 < this.end ? text.charCodeAt(i + 1) : giveUp();
      const simple = SIMPLE_ESCAPES.get(escape);
      if (escape === LF) {
        // An escaped line break: the next line's indentation goes, nothing is added.
        if (!multiLine) giveUp();
        i = this.foldLines(i + 1);
        // Blank lines after it: js-yaml drops them, go-yaml keeps each as a line break.
        if (this.fold !== ' ') leaveToPrecise();
      } else if (simple !== undefined) {
        result += simple;
        i += 2;
      } else {
        const length = HEX_ESCAPE_LENGTHS.get(escape) ?? giveUp();
        const digits = text.slice(i + 2, i + 2 + length);
        if (i + 2 + length > this.end || !/^[0-9a-fA-F]+$/.test(digits) || digits.length !== length) giveUp();
        const codePoint = parseInt(digits, 16);
        result +=
          codePoint <= 0xffff
            ? String.fromCharCode(codePoint)
            : String.fromCharCode(((codePoint - 0x10000) >> 10) + 0xd800, ((codePoint - 0x10000) & 0x3ff) + 0xdc00);
        i += 2 + length;
      }
      captureStart = captureEnd = i;
    }
  }

  /**
   * A single-quoted scalar, its lines folded as js-yaml's `readSingleQuotedScalar` folds them (one line
   * only unless `multiLine`: keys); `after` is set past its closing quote.
   */
  private singleQuoted(at: number, multiLine: boolean): string {
    const text = this.text;
    let result = '';
    let captureStart = at + 1;
    let captureEnd = captureStart;
    for (let i = captureStart; ;) {
      if (i >= this.end) giveUp();
      const code = text.charCodeAt(i);
      if (code === SINGLE_QUOTE) {
        result += text.slice(captureStart, i);
        if (i + 1 < this.end && text.charCodeAt(i + 1) === SINGLE_QUOTE) {
          // `''` is one quote: the second starts the next segment.
          captureStart = i + 1;
          i += 2;
          captureEnd = i;
          continue;
        }
        this.after = i + 1;
        return result;
      }
      if (code === LF) {
        if (!multiLine) giveUp();
        result += text.slice(captureStart, captureEnd);
        i = this.foldLines(i);
        result += this.fold;
        captureStart = captureEnd = i;
        continue;
      }
      i++;
      if (code !== SPACE) captureEnd = i;
    }
  }

  /**
   * From a line break inside a quoted scalar to the next line's content, as js-yaml's
   * `skipSeparationSpace` goes; `fold` is set to what the breaks fold to.
   */
  private foldLines(at: number): number {
    const text = this.text;
    let breaks = 0;
    let position = at;
    for (;;) {
      position = this.skipSpaces(position);
      if (position >= this.end || text.charCodeAt(position) !== LF) break;
      breaks++;
      position++;
    }
    // Called at a line break; without one the scalar is not what this reader expects.
    if (breaks === 0) giveUp();
    // A `---` or `...` at a line's start ends the document inside the scalar: an error in js-yaml.
    if (
      position < this.end &&
      text.charCodeAt(position - 1) === LF &&
      (text.startsWith('---', position) || text.startsWith('...', position)) &&
      (position + 3 >= this.end || this.spaceOrEnd(position + 3))
    )
      giveUp();
    this.fold = breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
    return position;
  }

  /** The offset after a quoted scalar that closes on the line it starts on, or -1. */
  private quotedEnd(at: number): number {
    const text = this.text;
    const quote = text.charCodeAt(at);
    for (let i = at + 1; i < this.end; i++) {
      const code = text.charCodeAt(i);
      if (code === LF) return -1;
      if (quote === DOUBLE_QUOTE && code === BACKSLASH) {
        if (i + 1 < this.end && text.charCodeAt(i + 1) === LF) return -1;
        i++;
      } else if (code === quote) {
        if (quote === SINGLE_QUOTE && i + 1 < this.end && text.charCodeAt(i + 1) === SINGLE_QUOTE) i++;
        else return i + 1;
      }
    }
    return -1;
  }

  /**
   * The character at `at` as js-yaml sees its input: a line break is added where the text does not
   * end with one, then 0 ends it.
   */
  private code(at: number): number {
    if (at < this.end) return this.text.charCodeAt(at);
    return at === this.end && this.end > 0 && this.text.charCodeAt(this.end - 1) !== LF ? LF : 0;
  }

  private isDash(at: number): boolean {
    return at < this.end && this.text.charCodeAt(at) === DASH && this.spaceOrEnd(at + 1);
  }

  /** Whether a space, a line break or the end is at `at`. */
  private spaceOrEnd(at: number): boolean {
    if (at >= this.end) return true;
    const code = this.text.charCodeAt(at);
    return code === SPACE || code === LF;
  }

  /** The first line at or after `line` with content (not blank, not only a comment), or `end`. */
  private contentLine(line: number): number {
    const text = this.text;
    while (line < this.end) {
      let i = line;
      while (i < this.end && text.charCodeAt(i) === SPACE) i++;
      if (i >= this.end) return this.end;
      const code = text.charCodeAt(i);
      if (code === LF) line = i + 1;
      else if (code === HASH) line = this.lineAfter(i);
      else return line;
    }
    return this.end;
  }

  private lineAfter(at: number): number {
    return nextLineStart(this.text, at, this.end);
  }

  private indent(line: number): number {
    return indentOf(this.text, line, this.end);
  }

  private skipSpaces(at: number): number {
    return afterSpaces(this.text, at, this.end);
  }

  private enter(): void {
    if (++this.depth > DEPTH_LIMIT) giveUp();
  }

  /** Counts nodes as `plainEnough` does (every value and every key). */
  private count(): void {
    if (++this.nodes > this.nodeLimit) giveUp();
  }
}
