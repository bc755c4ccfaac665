import { COLON, CR, DASH, HASH, LF, SPACE } from './block-text.js';
import { afterSpaces, indentOf, nextLineStart } from './text-cursor.js';
import { sharedYaml11Scalars } from './yaml11-scalars.js';

/**
 * The one pass behind `BlockOutline`: reads a document's block structure (mappings, sequences and
 * where each key and node is, with eemeli/yaml's ranges) and gives up, with undefined, at anything
 * it does not model exactly.
 */

/** The outline of the document between `start` and `end` of `text`, or undefined when it is not plain block YAML. */
export function readOutline(text: string, start: number, end: number): OutlineMap | undefined {
  // Tabs separate and indent differently in every parser: left to the one whose reading counts.
  const tab = text.indexOf('\t', start);
  if (tab !== -1 && tab < end) return undefined;
  try {
    return new OutlineReader(text, start, end).document();
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

export interface OutlinePair {
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly value: OutlineNode;
}

/** `end` is eemeli/yaml's `range[1]` when the node sits on one line, -1 when it spans several. */
export interface OutlineMap {
  readonly kind: 'map';
  readonly start: number;
  end: number;
  readonly pairs: Map<string, OutlinePair>;
}
interface OutlineSeq {
  readonly kind: 'seq';
  readonly start: number;
  end: number;
  readonly items: OutlineNode[];
}
/** Scalars on one line (plain or quoted), block scalars (always several lines) and one-line flow collections. */
interface OutlineLeaf {
  readonly kind: 'scalar' | 'block' | 'flow';
  readonly start: number;
  readonly end: number;
}
/** A key with no value: eemeli/yaml's empty scalar, at `start` (-1 where its offset is not modelled). */
interface OutlineEmpty {
  readonly kind: 'empty';
  readonly start: number;
}
export type OutlineNode = OutlineMap | OutlineSeq | OutlineLeaf | OutlineEmpty;

/** Thrown (never built again: no stack to capture) where the outline gives up. */
const UNSUPPORTED = new Error('not plain block YAML');

function unsupported(): never {
  throw UNSUPPORTED;
}

const DEPTH_LIMIT = 256;
/** eemeli/yaml refuses implicit keys longer than this. */
const IMPLICIT_KEY_LIMIT = 1024;
/** Plain keys that YAML 1.1 reads as the string they spell (no number, boolean, null, timestamp…). */
const STRING_KEY = /^[A-Za-z][\w./-]*$/;

/** Reads one document's block structure; throws `Unsupported` at anything it does not model exactly. */
class OutlineReader {
  private depth = 0;
  /** The line after the node read last (set by every node reader: no result object per node). */
  private next = 0;
  /**
   * Set by `value`: where eemeli/yaml ends the collection when this value is its last and the
   * collection fits on one line (-1: it does not).
   */
  private sameLineEnd = -1;
  /** Set by `key`: the end of the key read last and where its value starts. */
  private keyEnd = 0;
  private keyValueAt = 0;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  document(): OutlineMap | undefined {
    let line = this.start;
    // The slice starts at its `---` line (nothing but a comment follows it: see fast-loader.ts).
    if (this.text.startsWith('---', line)) line = this.nextLine(line);
    line = this.contentLine(line);
    if (line >= this.end) return undefined;
    const indent = this.indentAt(line);
    const map = this.map(line + indent, indent);
    if (this.contentLine(this.next) < this.end) unsupported();
    return map;
  }

  /** A block mapping whose first key starts at `at`; its keys sit at column `indent`. */
  private map(at: number, indent: number): OutlineMap {
    const node: OutlineMap = { kind: 'map', start: at, end: -1, pairs: new Map() };
    let keyAt = at;
    let firstLineEnd = -1;
    for (;;) {
      const name = this.key(keyAt);
      if (node.pairs.has(name)) unsupported();
      const keyEnd = this.keyEnd;
      const value = this.value(this.keyValueAt, indent, false);
      node.pairs.set(name, { keyStart: keyAt, keyEnd, value });
      if (node.pairs.size === 1) firstLineEnd = this.sameLineEnd;
      const next = this.next;
      const line = this.contentLine(next);
      const lineIndent = line < this.end ? this.indentAt(line) : -1;
      if (lineIndent < indent) {
        if (next === this.nextLine(at)) node.end = firstLineEnd;
        this.next = next;
        return node;
      }
      if (lineIndent > indent) unsupported();
      keyAt = line + indent;
    }
  }

  /** A block sequence whose first `-` is at `at`, in column `indent`. */
  private seq(at: number, indent: number): OutlineSeq {
    const node: OutlineSeq = { kind: 'seq', start: at, end: -1, items: [] };
    let dashAt = at;
    let firstLineEnd = -1;
    for (;;) {
      const item = this.value(this.skipSpaces(dashAt + 1), indent, true);
      if (item.kind === 'empty') unsupported();
      node.items.push(item);
      if (node.items.length === 1) firstLineEnd = this.sameLineEnd;
      const next = this.next;
      const line = this.contentLine(next);
      const lineIndent = line < this.end ? this.indentAt(line) : -1;
      if (lineIndent > indent) unsupported();
      // A sequence can share its parent key's column: the parent's next key ends it.
      if (lineIndent < indent || !this.isDash(line + indent)) {
        if (next === this.nextLine(at)) node.end = firstLineEnd;
        this.next = next;
        return node;
      }
      dashAt = line + indent;
    }
  }

  /**
   * The value after `key:` or `- ` (at `at`, spaces skipped), in a collection whose entries sit at
   * column `indent`; sets `next` and `sameLineEnd`.
   */
  private value(at: number, indent: number, inSequence: boolean): OutlineNode {
    // Fast-path documents nest less deeply than this; the stack must hold whatever the text says.
    // No try/finally: an unsupported document is given up whole, depth and all.
    if (++this.depth > DEPTH_LIMIT) unsupported();
    const node = this.valueAt(at, indent, inSequence);
    this.depth--;
    return node;
  }

  private valueAt(at: number, indent: number, inSequence: boolean): OutlineNode {
    const text = this.text;
    const code = at < this.end ? text.charCodeAt(at) : LF;
    if (code === LF || code === CR || code === HASH) {
      const next = this.nextLine(at);
      const line = this.contentLine(next);
      const lineIndent = line < this.end ? this.indentAt(line) : -1;
      if (
        line < this.end &&
        (lineIndent > indent || (!inSequence && lineIndent === indent && this.isDash(line + indent)))
      ) {
        const node = this.ownLine(line + lineIndent, lineIndent);
        this.sameLineEnd = -1;
        return node;
      }
      // No value: eemeli/yaml's empty scalar sits after the colon and any spaces (on a comment, if
      // there is one, and then the collection's range runs past the line).
      this.next = next;
      this.sameLineEnd = code === HASH ? -1 : at;
      return { kind: 'empty', start: at };
    }
    if (inSequence && (this.isDash(at) || this.keyAhead(at))) {
      const column = at - this.lineStart(at);
      const node = this.isDash(at) ? this.seq(at, column) : this.map(at, column);
      this.sameLineEnd = node.end;
      return node;
    }
    const leaf = this.leaf(at, indent);
    this.sameLineEnd = -1;
    return leaf;
  }

  /** A node that starts a line of its own, at column `indent`. */
  private ownLine(at: number, indent: number): OutlineNode {
    if (this.isDash(at)) return this.seq(at, indent);
    if (this.keyAhead(at)) return this.map(at, indent);
    const code = this.text.charCodeAt(at);
    // A block scalar's header on a line of its own is legal but rare: left to the parser.
    if (code === 124 || code === 62) unsupported();
    return this.leaf(at, indent - 1);
  }

  /** A scalar or flow collection starting at `at`, the value of an entry in column `indent`. */
  private leaf(at: number, indent: number): OutlineLeaf {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (code === 124 || code === 62) return this.blockScalar(at, indent);
    let end: number;
    if (code === 34 || code === 39) end = this.quoted(at, indent);
    else if (code === 91 || code === 123) end = this.flow(at);
    else if (this.isDash(at) || ('&*!%@`,]}?:'.includes(text[at] ?? '') && !this.plainIndicator(at))) unsupported();
    else {
      end = this.plainEnd(at);
      if (end < 0) unsupported();
      end = this.plainContinued(end, indent);
    }
    const next = this.endOfLine(end);
    // A deeper line that is not a comment continues a plain scalar: several lines are left to the parser.
    const line = this.contentLine(next, true);
    if (line < this.end && this.indentAt(line) > indent) unsupported();
    this.next = next;
    return { kind: code === 91 || code === 123 ? 'flow' : 'scalar', start: at, end };
  }

  /** `-`, `?` and `:` start a plain scalar when a non-space follows them. */
  private plainIndicator(at: number): boolean {
    const code = this.text.charCodeAt(at);
    const after = this.text.charCodeAt(at + 1);
    return (code === DASH || code === 63 || code === COLON) && after !== SPACE && after !== LF && after !== CR;
  }

  /** The end of a plain scalar on this line (before a comment and trailing spaces); -1 when a key indicator follows. */
  private plainEnd(at: number): number {
    const text = this.text;
    let last = at;
    for (let i = at; i < this.end; i++) {
      const code = text.charCodeAt(i);
      if (code === LF || code === CR) break;
      if (code === HASH && text.charCodeAt(i - 1) === SPACE) break;
      if (code === COLON) {
        const after = i + 1 < this.end ? text.charCodeAt(i + 1) : LF;
        if (after === SPACE || after === LF || after === CR) return -1;
      }
      if (code !== SPACE) last = i + 1;
    }
    return last;
  }

  /**
   * Where a plain scalar whose first line ends at `end` ends, over the deeper lines that continue it
   * (an entry's value in column `indent`); the end of its last line.
   */
  private plainContinued(end: number, indent: number): number {
    const text = this.text;
    for (;;) {
      // A comment ends it.
      const rest = this.skipSpaces(end);
      if (rest < this.end && text.charCodeAt(rest) === HASH) return end;
      let line = this.nextLine(end);
      while (line < this.end && this.blank(line)) line = this.nextLine(line);
      if (line >= this.end || this.indentAt(line) <= indent) return end;
      const first = line + this.indentAt(line);
      // Only letters, digits and the like start a continuation here; anything else is left to the parser.
      if ('&*!|>\'"%@`[]{},#-?:'.includes(text[first] ?? '#')) return end;
      end = this.plainEnd(first);
      if (end < 0) unsupported();
    }
  }

  /** Whether the line holds only spaces. */
  private blank(line: number): boolean {
    const code = this.text.charCodeAt(line + this.indentAt(line));
    return line + this.indentAt(line) >= this.end || code === LF || code === CR;
  }

  /**
   * The offset after a quoted scalar's closing quote: on the same line, or (values, `continuation`
   * not -1) on a later line, every line between blank or deeper than column `continuation`.
   */
  private quoted(at: number, continuation = -1): number {
    const text = this.text;
    const quote = text.charCodeAt(at);
    for (let i = at + 1; i < this.end; i++) {
      const code = text.charCodeAt(i);
      if (code === CR || (code === LF && continuation < 0)) unsupported();
      if (code === LF) {
        if (!this.blank(i + 1) && this.indentAt(i + 1) <= continuation) unsupported();
        continue;
      }
      // An escaped line break continues the scalar on the next line.
      if (quote === 34 && code === 92) {
        const escaped = text.charCodeAt(i + 1);
        if (escaped === CR || (escaped === LF && continuation < 0)) unsupported();
        if (escaped === LF && !this.blank(i + 2) && this.indentAt(i + 2) <= continuation) unsupported();
        i++;
      } else if (code === quote) {
        if (quote === 39 && text.charCodeAt(i + 1) === 39) i++;
        else return i + 1;
      }
    }
    return unsupported();
  }

  /** The offset after a flow collection that closes on its own line (no comments, quotes balanced). */
  private flow(at: number): number {
    const text = this.text;
    let depth = 0;
    for (let i = at; i < this.end; i++) {
      const code = text.charCodeAt(i);
      if (code === LF || code === CR) break;
      if (code === 34 || code === 39) i = this.quoted(i) - 1;
      else if (code === HASH && text.charCodeAt(i - 1) === SPACE) break;
      else if (code === 91 || code === 123) depth++;
      else if (code === 93 || code === 125) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return unsupported();
  }

  /** A block scalar (`|`, `>`, with a chomping indicator): its content is the deeper lines that follow. */
  private blockScalar(at: number, indent: number): OutlineLeaf {
    const text = this.text;
    let i = at + 1;
    if (text.charCodeAt(i) === 43 || text.charCodeAt(i) === DASH) i++;
    const header = this.skipSpaces(i);
    const code = header < this.end ? text.charCodeAt(header) : LF;
    if (code !== LF && code !== CR && !(code === HASH && header > i)) unsupported();
    let line = this.nextLine(at);
    let contentIndent = -1;
    let widestLeadingBlank = 0;
    for (; line < this.end; line = this.nextLine(line)) {
      const lineIndent = this.indentAt(line);
      const first = text.charCodeAt(line + lineIndent);
      const blank = line + lineIndent >= this.end || first === LF || first === CR;
      if (blank) {
        if (contentIndent < 0) widestLeadingBlank = Math.max(widestLeadingBlank, lineIndent);
        continue;
      }
      if (contentIndent < 0) {
        if (lineIndent <= indent) break;
        contentIndent = lineIndent;
        continue;
      }
      if (lineIndent >= contentIndent) continue;
      if (lineIndent > indent) unsupported();
      break;
    }
    if (contentIndent < 0 || widestLeadingBlank > contentIndent) unsupported();
    // The caller looks for its next entry from here: blank lines between are skipped there.
    this.next = line;
    return { kind: 'block', start: at, end: -1 };
  }

  /**
   * A key at `at` (plain or quoted, on one line) followed by `:` and a space or the line's end: its
   * name; sets `keyEnd` and `keyValueAt`.
   */
  private key(at: number): string {
    const text = this.text;
    const code = text.charCodeAt(at);
    let name: string;
    let end: number;
    let colon: number;
    if (code === 34 || code === 39) {
      end = this.quoted(at);
      const inner = text.slice(at + 1, end - 1);
      if (code === 34 && inner.includes('\\')) unsupported();
      name = code === 39 ? inner.replaceAll("''", "'") : inner;
      colon = this.skipSpaces(end);
    } else {
      colon = this.keyColon(at);
      end = colon;
      while (end > at && text.charCodeAt(end - 1) === SPACE) end--;
      name = text.slice(at, end);
      // A word YAML 1.1 reads as something else (`yes`, `null`, `e1`: NaN) is a key of another name.
      if (!STRING_KEY.test(name) || sharedYaml11Scalars().match(name) !== undefined) unsupported();
    }
    if (end - at > IMPLICIT_KEY_LIMIT || text.charCodeAt(colon) !== COLON) unsupported();
    const after = colon + 1 < this.end ? text.charCodeAt(colon + 1) : LF;
    if (after !== SPACE && after !== LF && after !== CR) unsupported();
    this.keyEnd = end;
    this.keyValueAt = this.skipSpaces(colon + 1);
    return name;
  }

  /** The `:` that ends a plain key on this line. */
  private keyColon(at: number): number {
    const text = this.text;
    for (let i = at; i < this.end; i++) {
      const code = text.charCodeAt(i);
      if (code === LF || code === CR || (code === HASH && text.charCodeAt(i - 1) === SPACE)) break;
      if (code === COLON) {
        const after = i + 1 < this.end ? text.charCodeAt(i + 1) : LF;
        if (after === SPACE || after === LF || after === CR) return i;
      }
    }
    return unsupported();
  }

  /** Whether a key (plain or quoted, then `:` and a space or the line's end) starts at `at`. */
  private keyAhead(at: number): boolean {
    const code = this.text.charCodeAt(at);
    if (code === 34 || code === 39) {
      const after = this.skipSpaces(this.quoted(at));
      return this.text.charCodeAt(after) === COLON;
    }
    if (code === 91 || code === 123) return false;
    return this.plainEnd(at) < 0;
  }

  private isDash(at: number): boolean {
    if (at >= this.end || this.text.charCodeAt(at) !== DASH) return false;
    const after = at + 1 < this.end ? this.text.charCodeAt(at + 1) : LF;
    return after === SPACE || after === LF || after === CR;
  }

  /** The first line at or after `line` with content: not blank, and not only a comment unless `commentsCount`. */
  private contentLine(line: number, commentsCount = false): number {
    for (; line < this.end; line = this.nextLine(line)) {
      const first = line + this.indentAt(line);
      const code = first < this.end ? this.text.charCodeAt(first) : LF;
      if (code === LF || code === CR) continue;
      if (code === HASH && !commentsCount) continue;
      return code === HASH ? this.end : line;
    }
    return this.end;
  }

  /** The line after the one holding `at`, once the rest of that line is a comment or nothing. */
  private endOfLine(at: number): number {
    const rest = this.skipSpaces(at);
    const code = rest < this.end ? this.text.charCodeAt(rest) : LF;
    if (code !== LF && code !== CR && !(code === HASH && rest > at)) unsupported();
    return this.nextLine(at);
  }

  private nextLine(at: number): number {
    return nextLineStart(this.text, at, this.end);
  }

  private lineStart(at: number): number {
    return this.text.lastIndexOf('\n', at - 1) + 1;
  }

  private indentAt(line: number): number {
    return indentOf(this.text, line, this.end);
  }

  private skipSpaces(at: number): number {
    return afterSpaces(this.text, at, this.end);
  }
}
