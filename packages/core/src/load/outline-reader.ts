import {
  COLON,
  CR,
  DASH,
  DOUBLE_QUOTE,
  GREATER,
  HASH,
  LF,
  OPEN_BRACE,
  OPEN_BRACKET,
  PIPE,
  SINGLE_QUOTE,
  SPACE,
} from './character-codes.js';
import type { FieldPath } from '../model/path.js';
import { OutlineScalars } from './outline-scalars.js';
import { UNSUPPORTED, unsupported } from './outline-text.js';
import { propertyName } from './merge-keys.js';
import { PlainScalarRefused, sharedYaml11Scalars } from './yaml11-scalars.js';

/**
 * The one pass behind `BlockOutline`: reads a document's block structure (mappings, sequences and
 * where each key and node is, with eemeli/yaml's ranges) and gives up, with undefined, at anything
 * it does not model exactly.
 */

/**
 * The outline of the document between `start` and `end` of `text` (which holds no tab: see
 * `BlockOutline.of`), or undefined when it is not plain block YAML. With `along`, only what a walk
 * along its path meets is read (`OutlineReader`).
 */
export function readOutline(text: string, start: number, end: number, along?: OutlinePath): Outline | undefined {
  try {
    const reader = new OutlineReader(text, start, end, along);
    const root = reader.document();
    return root && { root, pairs: reader.pairs };
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

export interface Outline {
  readonly root: OutlineMap;
  readonly pairs: OutlinePairs;
}

/**
 * A path to read the outline along, and the document's values along it (`values[k]`: the value the
 * path's first k segments lead to, as far as the document has them).
 */
export interface OutlinePath {
  readonly path: FieldPath;
  readonly values: readonly unknown[];
}

/**
 * The pairs of every mapping of a document, in three arrays: pair `i` is named `names[i]`, its key
 * runs from `links[3 * i]` to `links[3 * i + 1]`, the next pair of its mapping is `links[3 * i + 2]`
 * (-1 after the last) and its value is `values[i]`. Not a `Map` and an object per pair: most
 * mappings are outlined and never looked into.
 */
export interface OutlinePairs {
  readonly names: string[];
  readonly links: number[];
  readonly values: OutlineNode[];
}

/** `end` is eemeli/yaml's `range[1]` when the node sits on one line, -1 when it spans several. */
export interface OutlineMap {
  readonly kind: 'map';
  readonly start: number;
  end: number;
  /** Its first pair in `OutlinePairs`. */
  first: number;
}
interface OutlineSeq {
  readonly kind: 'seq';
  readonly start: number;
  end: number;
  readonly items: OutlineNode[];
}
/** Plain and quoted scalars and flow collections (`end`: eemeli/yaml's `range[1]`, on their last line) and block scalars (`end` -1). */
export interface OutlineLeaf {
  readonly kind: 'scalar' | 'block' | 'flow';
  readonly start: number;
  readonly end: number;
}
/** A key with no value: eemeli/yaml's empty scalar, at `start` (-1 where its offset is not modelled). */
interface OutlineEmpty {
  readonly kind: 'empty';
  readonly start: number;
}
/** A value off the path of a reading along one (`OutlinePath`): passed over, never looked into. */
interface OutlineSkipped {
  readonly kind: 'skipped';
}
export type OutlineNode = OutlineMap | OutlineSeq | OutlineLeaf | OutlineEmpty | OutlineSkipped;

const SKIPPED: OutlineSkipped = { kind: 'skipped' };
/**
 * Where a node sits against the path of a reading along one: `FULL`, no path (every node is read);
 * `OFF`, off it (values are passed over: see `valueAt`); k >= 0, reached by its first k segments.
 */
const FULL = -1;
const OFF = -2;

const DEPTH_LIMIT = 256;
/** eemeli/yaml refuses implicit keys longer than this. */
const IMPLICIT_KEY_LIMIT = 1024;
/**
 * What plain keys the outline reads are made of: words, numbers and names such as `-Xms` or
 * `nvidia.com/gpu` (letters, digits, `_`, `.`, `/` and `-`, not starting with `-` and a space or
 * another `-`). YAML 1.1 may read one as something other than the string it spells (`404`, `0x1F`,
 * `yes`), and paths name a key as the syntax tree's walk does, by the string of its value
 * (`propertyName` in merge-keys.ts).
 */
const KEY_CHARACTERS = new Uint8Array(128);
for (const character of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./-')
  KEY_CHARACTERS[character.charCodeAt(0)] = 1;
/** What a plain scalar passed over off the path (`valueAt`) may start with: a key's characters but `-`. */
const PLAIN_SKIPPED_START = KEY_CHARACTERS.slice();
PLAIN_SKIPPED_START[DASH] = 0;

/**
 * Reads one document's block structure; throws `Unsupported` at anything it does not model exactly.
 *
 * Read along a path (`OutlinePath`), it reads the keys of the mappings the path passes through and
 * the entries of its sequences, descends only into the entry the path names, and passes over the
 * other values that start on a later line than their key or `-`, and plain scalars, by indentation
 * alone: most of a document, for a finding on one field of it. A value passed over is never looked
 * into, so what its lines could hide (a quoted scalar whose lines come back to the key's column) is
 * caught by the document's values: the names and entries read along the path must be those of the
 * value there.
 */
class OutlineReader extends OutlineScalars {
  private depth = 0;
  /**
   * Set by `value`: where eemeli/yaml ends the collection when this value is its last and the
   * collection fits on one line (-1: it does not).
   */
  private sameLineEnd = -1;
  /** Set by `key`: the end of the key read last and where its value starts. */
  private keyEnd = 0;
  private keyValueAt = 0;
  readonly pairs: OutlinePairs = { names: [], links: [], values: [] };

  constructor(
    text: string,
    start: number,
    end: number,
    private readonly along: OutlinePath | undefined,
  ) {
    super(text, start, end);
  }

  document(): OutlineMap | undefined {
    let line = this.start;
    // The slice starts at its `---` line (nothing but a comment follows it: see fast-loader.ts).
    if (this.text.startsWith('---', line)) line = this.nextLine(line);
    line = this.contentLine(line);
    if (line >= this.end) return undefined;
    const indent = this.indentAt(line);
    const map = this.map(line + indent, indent, this.along ? 0 : FULL);
    if (this.contentLine(this.next) < this.end) unsupported();
    return map;
  }

  /** Where the child of a node at `reached` (see `FULL`) named `segment` sits against the path. */
  private childPlace(reached: number, segment: string | number): number {
    if (reached === FULL) return FULL;
    const path = this.along?.path;
    if (reached < 0 || !path || reached >= path.length) return OFF;
    const wanted = path[reached];
    return wanted === segment || (typeof segment === 'string' && String(wanted) === segment) ? reached + 1 : OFF;
  }

  /** A block mapping whose first key starts at `at`; its keys sit at column `indent`. */
  private map(at: number, indent: number, reached: number): OutlineMap {
    const { names, links, values } = this.pairs;
    const node: OutlineMap = { kind: 'map', start: at, end: -1, first: -1 };
    // On the path: the document's value here, whose names the mapping's must be (see the class).
    const object = reached >= 0 ? this.objectAt(reached) : undefined;
    const named = object ? new Set<string>() : undefined;
    let keyAt = at;
    let firstLineEnd = -1;
    let last = -1;
    for (;;) {
      // Duplicate names are looked for where a path asks for one (`BlockOutline`), not here for every key.
      const name = this.key(keyAt);
      const keyEnd = this.keyEnd;
      if (named) {
        if (!Object.hasOwn(object as object, name)) unsupported();
        named.add(name);
      }
      // Read before the pair is added: its own mappings' pairs come first.
      const value = this.value(this.keyValueAt, indent, false, this.childPlace(reached, name));
      if (last < 0) {
        node.first = names.length;
        firstLineEnd = this.sameLineEnd;
      } else links[3 * last + 2] = names.length;
      last = names.length;
      names.push(name);
      links.push(keyAt, keyEnd, -1);
      values.push(value);
      const next = this.next;
      const line = this.contentLine(next);
      const lineIndent = line < this.end ? this.indentAt(line) : -1;
      if (lineIndent < indent) {
        if (next === this.nextLine(at)) node.end = firstLineEnd;
        this.next = next;
        if (named && named.size !== Object.keys(object as object).length) unsupported();
        return node;
      }
      if (lineIndent > indent) unsupported();
      keyAt = line + indent;
    }
  }

  /** A block sequence whose first `-` is at `at`, in column `indent`. */
  private seq(at: number, indent: number, reached: number): OutlineSeq {
    const node: OutlineSeq = { kind: 'seq', start: at, end: -1, items: [] };
    let dashAt = at;
    let firstLineEnd = -1;
    for (;;) {
      const place = this.childPlace(reached, node.items.length);
      const itemAt = this.skipSpaces(dashAt + 1);
      let item: OutlineNode | undefined;
      // An entry on one line is read all the same: the sequence may end on its first line, and
      // eemeli/yaml's range of it then ends where the entry does.
      if (place === OFF && this.skipDeeper(this.nextLine(dashAt), indent, false)) {
        this.sameLineEnd = -1;
        item = SKIPPED;
      }
      item ??= this.value(itemAt, indent, true, place);
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
        if (reached >= 0) this.checkLength(node.items.length, reached);
        return node;
      }
      dashAt = line + indent;
    }
  }

  /**
   * The value after `key:` or `- ` (at `at`, spaces skipped), in a collection whose entries sit at
   * column `indent`; sets `next` and `sameLineEnd`.
   */
  private value(at: number, indent: number, inSequence: boolean, reached: number): OutlineNode {
    // Fast-path documents nest less deeply than this; the stack must hold whatever the text says.
    // No try/finally: an unsupported document is given up whole, depth and all.
    if (++this.depth > DEPTH_LIMIT) unsupported();
    const node = this.valueAt(at, indent, inSequence, reached);
    this.depth--;
    return node;
  }

  private valueAt(at: number, indent: number, inSequence: boolean, reached: number): OutlineNode {
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
        this.sameLineEnd = -1;
        if (reached === OFF) {
          this.skipDeeper(line, indent, lineIndent === indent);
          return SKIPPED;
        }
        return this.ownLine(line + lineIndent, lineIndent, reached);
      }
      // No value: eemeli/yaml's empty scalar sits after the colon and any spaces (on a comment, if
      // there is one, and then the collection's range runs past the line).
      this.next = next;
      this.sameLineEnd = code === HASH ? -1 : at;
      return { kind: 'empty', start: at };
    }
    // A plain scalar off the path (a name, an image, a number) is passed over with its deeper lines:
    // it leaves nothing to the collection's range (`sameLineEnd`), whatever it is.
    if (reached === OFF && !inSequence && code < 128 && PLAIN_SKIPPED_START[code] === 1) {
      this.skipDeeper(this.nextLine(at), indent, false);
      this.sameLineEnd = -1;
      return SKIPPED;
    }
    if (inSequence && (this.isDash(at) || this.keyAhead(at))) {
      const column = at - this.lineStart(at);
      const node = this.isDash(at) ? this.seq(at, column, reached) : this.map(at, column, reached);
      this.sameLineEnd = node.end;
      return node;
    }
    const leaf = this.leaf(at, indent);
    this.sameLineEnd = -1;
    return leaf;
  }

  /** A node that starts a line of its own, at column `indent`. */
  private ownLine(at: number, indent: number, reached: number): OutlineNode {
    if (this.isDash(at)) return this.seq(at, indent, reached);
    if (this.keyAhead(at)) return this.map(at, indent, reached);
    const code = this.text.charCodeAt(at);
    // A block scalar's header on a line of its own is legal but rare: left to the parser.
    if (code === PIPE || code === GREATER) unsupported();
    return this.leaf(at, indent - 1);
  }

  /**
   * Passes over a value off the path from `line`, the first line after its key or `-`: the lines
   * deeper than the entry's column `indent`, blank lines and comments, and `-` lines in that column
   * where the value is a sequence that shares it (`dashesInColumn`); sets `next` to the line after.
   * Whether it passed over any content (a line other than a blank or a comment).
   */
  private skipDeeper(line: number, indent: number, dashesInColumn: boolean): boolean {
    const text = this.text;
    let content = false;
    for (; line < this.end; line = this.nextLine(line)) {
      const lineIndent = this.indentAt(line);
      const first = line + lineIndent;
      const code = first < this.end ? text.charCodeAt(first) : LF;
      if (code === LF || code === CR || code === HASH) continue;
      if (lineIndent < indent || (lineIndent === indent && (!dashesInColumn || !this.isDash(first)))) break;
      content = true;
    }
    this.next = line;
    return content;
  }

  /** The document's value at a mapping the path reaches: an object. */
  private objectAt(reached: number): object {
    const object = this.along?.values[reached];
    if (typeof object !== 'object' || object === null || Array.isArray(object)) return unsupported();
    return object;
  }

  /** A sequence on the path must have as many entries as the document's value there. */
  private checkLength(length: number, reached: number): void {
    const array = this.along?.values[reached];
    if (!Array.isArray(array) || array.length !== length) unsupported();
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
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      end = this.quoted(at);
      const inner = text.slice(at + 1, end - 1);
      if (code === DOUBLE_QUOTE && inner.includes('\\')) unsupported();
      name = code === SINGLE_QUOTE ? inner.replaceAll("''", "'") : inner;
      colon = this.skipSpaces(end);
    } else {
      // The name's characters, then spaces and the colon: anything else (a space or `:` within the
      // name, a comment) is no key the outline reads.
      end = at;
      while (end < this.end && KEY_CHARACTERS[text.charCodeAt(end)] === 1) end++;
      colon = this.skipSpaces(end);
      name = plainKeyName(text, at, end);
    }
    if (end - at > IMPLICIT_KEY_LIMIT || text.charCodeAt(colon) !== COLON) unsupported();
    const after = colon + 1 < this.end ? text.charCodeAt(colon + 1) : LF;
    if (after !== SPACE && after !== LF && after !== CR) unsupported();
    this.keyEnd = end;
    this.keyValueAt = this.skipSpaces(colon + 1);
    return name;
  }

  /** Whether a key (plain or quoted, then `:` and a space or the line's end) starts at `at`. */
  private keyAhead(at: number): boolean {
    const code = this.text.charCodeAt(at);
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      // A quoted scalar over several lines is no implicit key: a value, which `leaf` reads.
      const close = this.quotedOnLine(at);
      return close >= 0 && this.text.charCodeAt(this.skipSpaces(close)) === COLON;
    }
    if (code === OPEN_BRACKET || code === OPEN_BRACE) return false;
    return this.plainEnd(at) < 0;
  }
}

/** The name a path gives the plain key from `at` to `end`: the string of its YAML 1.1 value (`404`: "404", `yes`: "true", `null`: ""). */
function plainKeyName(text: string, at: number, end: number): string {
  if (end === at || (text.charCodeAt(at) === DASH && (end === at + 1 || text.charCodeAt(at + 1) === DASH)))
    unsupported();
  try {
    return propertyName(sharedYaml11Scalars().read(text.slice(at, end)));
  } catch (error) {
    if (error instanceof PlainScalarRefused) unsupported();
    throw error;
  }
}
