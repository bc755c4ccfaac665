import { ScalarReader } from './block-scalars.js';
import {
  GIVE_UP,
  COLON,
  DOUBLE_QUOTE,
  GREATER,
  HASH,
  LEAVE_TO_PRECISE,
  BACKSLASH,
  LEFT_TO_PRECISE,
  LF,
  OPEN_BRACE,
  OPEN_BRACKET,
  PIPE,
  SINGLE_QUOTE,
  SPACE,
  giveUp,
} from './block-text.js';
import type { Yaml11Scalars } from './yaml11-scalars.js';

export { LEFT_TO_PRECISE } from './block-text.js';

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
): { value: unknown; keysAsWritten: boolean } | typeof LEFT_TO_PRECISE | undefined {
  // js-yaml reads no document at all in an empty text.
  if (start === end) return undefined;
  try {
    const reader = new BlockReader(text, end, scalars, nodeLimit);
    const value = reader.document(start);
    return { value, keysAsWritten: !reader.keyMisread };
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    if (error === LEAVE_TO_PRECISE) return LEFT_TO_PRECISE;
    throw error;
  }
}

/** One document's structure (block mappings and sequences), its scalars read by `ScalarReader`. */
class BlockReader extends ScalarReader {
  /** Where a key's value starts, set by `key`. */
  private valueAt = 0;

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
      if (typeof name !== 'string' && String(name) !== raw) this.keyMisread = true;
    }
    if (!this.spaceOrEnd(colon + 1)) giveUp();
    this.count();
    this.valueAt = this.skipSpaces(colon + 1);
    return this.keyName(name);
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
}
