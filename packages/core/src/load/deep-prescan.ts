import { afterSpaces } from './text-cursor.js';

/**
 * Finds a document nested deeper than the limit from its text alone, before it is parsed: eemeli/yaml
 * takes milliseconds per kilobyte to parse thousands of nested collections, only for the document to be
 * refused. The scan follows the syntax tree's levels (`scanDocument`) for the plain shapes deep
 * documents come in (block mappings with simple keys, block sequences, one-line flow collections and
 * one-line scalars) and gives up on anything else (tags, anchors, block scalars, multi-line flows or
 * scalars, templates, tabs, carriage returns, odd indentation), which leaves the document to the parser.
 * A wrong claim would change a finding, so every shape it accepts is compared with the parser's own
 * scan (`deep-prescan.test.ts`).
 */

/** Where a document's content starts, and where its first collection past the nesting limit starts. */
export interface DeepDocument {
  contentStart: number;
  tooDeepAt: number;
}

/** What the scan gave up on: the document goes to the parser. */
class Unsure extends Error {}

interface Collection {
  kind: 'map' | 'seq';
  /** Column of its first key or `-`. */
  indent: number;
  level: number;
}

/** A simple plain key: what could make a key's value a node of its own (tags, anchors, quotes, flow) is excluded. */
const KEY = /[A-Za-z0-9_$./-]{1,1000}:(?= |\n|$)/y;
/** What the scan does not follow, wherever it is (outside quotes): by character code, below 128. */
const UNSURE_ASCII = new Uint8Array(128);
for (const char of '&*!?|>%@`') UNSURE_ASCII[char.charCodeAt(0)] = 1;
for (let code = 0; code < 0x20; code++) UNSURE_ASCII[code] = 1;
/** YAML 1.1's extra line breaks and the byte order mark. */
const UNSURE_OTHERS = new Set([0x85, 0x2028, 0x2029, 0xfeff]);
const INDENTATION_RUN = ' '.repeat(64);
const [SPACE, HASH, QUOTE, APOSTROPHE, DASH, COLON, COMMA] = [32, 35, 34, 39, 45, 58, 44];
const [OPEN_SQUARE, CLOSE_SQUARE, OPEN_CURLY, CLOSE_CURLY, BACKSLASH, PERCENT] = [91, 93, 123, 125, 92, 37];

/**
 * The document between from (a `---` line or the start of the text) and to (the next document
 * marker or the end), when it is surely deeper than nestingLimit; undefined when it is not, or when
 * the scan cannot tell. nodeLimit keeps the answer the parser's: a document with more nodes than
 * that is refused for its size first.
 */
export function deepDocument(
  text: string,
  from: number,
  to: number,
  nestingLimit: number,
  nodeLimit: number,
): DeepDocument | undefined {
  if (to - from <= nestingLimit) return undefined;
  try {
    return new DepthScan(text, to, nestingLimit).scan(from, nodeLimit);
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

class DepthScan {
  private readonly open: Collection[] = [];
  /** A key or `-` with nothing after it on its line: its value starts on a later line. */
  private pending: Collection | undefined;
  private rootSeen = false;
  private tooDeepAt: number | undefined;
  private lineStart = 0;
  private lineEnd = 0;

  constructor(
    private readonly text: string,
    private readonly to: number,
    private readonly limit: number,
  ) {}

  scan(from: number, nodeLimit: number): DeepDocument | undefined {
    const { text } = this;
    if (text.startsWith('...', from)) throw new Unsure();
    let contentStart: number | undefined;
    let nonBlank = 0;
    for (let line = from; line < this.to; line = this.lineEnd + 1) {
      this.lineStart = line;
      const newline = text.indexOf('\n', line);
      this.lineEnd = newline < 0 || newline > this.to ? this.to : newline;
      if (line === from && text.startsWith('---', from)) {
        this.afterValue(from + 3);
        continue;
      }
      const start = this.skipSpaces(line);
      if (start === this.lineEnd || text[start] === '#') continue;
      contentStart ??= start;
      nonBlank += this.lineEnd - start;
      this.line(start);
    }
    // The parser counts at most about two nodes per character; past its node limit it refuses for size.
    if (contentStart === undefined || this.tooDeepAt === undefined || 2 * nonBlank >= nodeLimit) return undefined;
    return { contentStart, tooDeepAt: this.tooDeepAt };
  }

  private line(start: number): void {
    const column = start - this.lineStart;
    const dash = this.isDash(start);
    const pending = this.pending;
    this.pending = undefined;
    if (pending && (column > pending.indent || (pending.kind === 'map' && column === pending.indent && dash))) {
      this.node(start, pending.level);
      return;
    }
    let top = this.open.at(-1);
    while (top && (top.indent > column || (top.indent === column && top.kind === 'seq' && !dash))) {
      this.open.pop();
      top = this.open.at(-1);
    }
    if (!top) {
      if (this.rootSeen) throw new Unsure();
      this.rootSeen = true;
      this.node(start, 0);
    } else if (top.indent !== column || (top.kind === 'seq') !== dash) {
      throw new Unsure();
    } else if (dash) {
      this.afterDash(start, top);
    } else {
      this.afterKey(start, top);
    }
  }

  /** A node that starts at offset, inside a collection at parentLevel. */
  private node(offset: number, parentLevel: number): void {
    let at = offset;
    let level = parentLevel + 1;
    // Compact sequences (`- - - x`) in a loop: thousands of them fit on one line.
    while (this.isDash(at)) {
      const seq = this.openCollection('seq', at, level);
      const next = this.skipSpaces(at + 1);
      if (next === this.lineEnd || this.text[next] === '#') {
        this.pending = seq;
        return;
      }
      at = next;
      level++;
    }
    const char = this.text[at];
    if (char === '[' || char === '{') this.afterValue(this.flow(at, level));
    else if (this.isKey(at)) this.afterKey(at, this.openCollection('map', at, level));
    else this.scalar(at);
  }

  private openCollection(kind: Collection['kind'], offset: number, level: number): Collection {
    this.record(offset, level);
    const collection = { kind, indent: offset - this.lineStart, level };
    this.open.push(collection);
    return collection;
  }

  /** The rest of a line after a `-` of a sequence already open. */
  private afterDash(offset: number, seq: Collection): void {
    const next = this.skipSpaces(offset + 1);
    if (next === this.lineEnd || this.text[next] === '#') this.pending = seq;
    else this.node(next, seq.level);
  }

  private afterKey(offset: number, map: Collection): void {
    if (!this.isKey(offset)) throw new Unsure();
    const next = this.skipSpaces(this.text.indexOf(':', offset) + 1);
    const char = this.text[next];
    if (next === this.lineEnd || char === '#') this.pending = map;
    else if (char === '[' || char === '{') this.afterValue(this.flow(next, map.level + 1));
    else if (this.isDash(next)) throw new Unsure();
    else this.scalar(next);
  }

  /** A scalar that ends on its line: quoted, or plain with no `: ` that would make it a key. */
  private scalar(offset: number): void {
    const { text } = this;
    const first = text.charCodeAt(offset);
    if (first === QUOTE || first === APOSTROPHE) {
      this.afterValue(this.quoted(offset));
      return;
    }
    if ([DASH, COLON, COMMA, CLOSE_SQUARE, CLOSE_CURLY, HASH].includes(first)) throw new Unsure();
    for (let i = offset; i < this.lineEnd; i++) {
      const code = text.charCodeAt(i);
      if (code === HASH && text.charCodeAt(i - 1) === SPACE) return;
      if (code === COLON && (i + 1 === this.lineEnd || text.charCodeAt(i + 1) === SPACE)) throw new Unsure();
      if (this.unsure(i)) throw new Unsure();
    }
  }

  /** A flow collection on one line, at level: returns the offset after its closing bracket. */
  private flow(offset: number, level: number): number {
    const { text } = this;
    const closers: number[] = [];
    for (let i = offset; i < this.lineEnd; i++) {
      const code = text.charCodeAt(i);
      if (code === OPEN_SQUARE || code === OPEN_CURLY) {
        if (i > offset && !this.opensValue(i)) throw new Unsure();
        // `{{` and `{%` are templates, which the parser reports instead.
        const after = text.charCodeAt(i + 1);
        if (code === OPEN_CURLY && (after === OPEN_CURLY || after === PERCENT)) throw new Unsure();
        this.record(i, level + closers.length);
        closers.push(code === OPEN_SQUARE ? CLOSE_SQUARE : CLOSE_CURLY);
      } else if (code === CLOSE_SQUARE || code === CLOSE_CURLY) {
        if (closers.pop() !== code) throw new Unsure();
        if (closers.length === 0) return i + 1;
      } else if (code === QUOTE || code === APOSTROPHE) {
        i = this.quoted(i) - 1;
      } else if (code === HASH || (code === DASH && text.charCodeAt(i + 1) === SPACE) || this.unsure(i)) {
        throw new Unsure();
      }
    }
    throw new Unsure();
  }

  /** Whether a bracket at offset inside a flow collection starts a value (not inside a plain scalar). */
  private opensValue(offset: number): boolean {
    let before = offset - 1;
    while (this.text.charCodeAt(before) === SPACE) before--;
    const code = this.text.charCodeAt(before);
    return code === OPEN_SQUARE || code === OPEN_CURLY || code === COMMA || (code === COLON && before < offset - 1);
  }

  /** A quoted scalar closed on its line: returns the offset after its closing quote. */
  private quoted(offset: number): number {
    const { text } = this;
    const quote = text.charCodeAt(offset);
    for (let i = offset + 1; i < this.lineEnd; i++) {
      const code = text.charCodeAt(i);
      if (quote === QUOTE && code === BACKSLASH) i++;
      else if (code === quote) {
        if (quote === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE) i++;
        else return i + 1;
      } else if (this.unsure(i)) throw new Unsure();
    }
    throw new Unsure();
  }

  /** Only spaces or a comment may follow a value (or a `---`) on its line. */
  private afterValue(offset: number): void {
    const next = this.skipSpaces(offset);
    if (next === this.lineEnd) return;
    if (this.text[next] !== '#' || next === offset) throw new Unsure();
  }

  private record(offset: number, level: number): void {
    if (level > this.limit) this.tooDeepAt ??= offset;
  }

  private isDash(offset: number): boolean {
    return this.text[offset] === '-' && (offset + 1 === this.lineEnd || this.text[offset + 1] === ' ');
  }

  /** A simple plain key (letters, digits, `_$./-`) and `: ` or `:` at the end of the line. */
  private isKey(offset: number): boolean {
    const first = this.text[offset];
    if (first === undefined || first === '-' || first === ':') return false;
    KEY.lastIndex = offset;
    return KEY.test(this.text);
  }

  private unsure(offset: number): boolean {
    const code = this.text.charCodeAt(offset);
    if (code >= 128) return UNSURE_OTHERS.has(code);
    return UNSURE_ASCII[code] === 1 || (code === OPEN_CURLY && this.text.charCodeAt(offset + 1) === OPEN_CURLY);
  }

  private skipSpaces(offset: number): number {
    // A deep document is mostly indentation (a megabyte of it in the corpus): 64 spaces at a time.
    let at = offset;
    while (at + INDENTATION_RUN.length <= this.lineEnd && this.text.startsWith(INDENTATION_RUN, at))
      at += INDENTATION_RUN.length;
    return afterSpaces(this.text, at, this.lineEnd);
  }
}
