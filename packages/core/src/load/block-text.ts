import { afterSpaces, indentOf, nextLineStart } from './text-cursor.js';
import { COLON, DASH, HASH, LF, QUESTION, SPACE } from './character-codes.js';

export * from './character-codes.js';
import type { Yaml11Scalars } from './yaml11-scalars.js';

/**
 * What the block reader's parts share: the text of one document and the reader's place in it, the
 * small scans over it, and the ways of leaving a document to another reader.
 */

/**
 * What `readBlockDocument` answers for a document that js-yaml would read, but not as go-yaml does
 * (see `mayReadDifferently`): the positioned parser reads it as go-yaml does.
 */
export const LEFT_TO_PRECISE = 'left to the positioned parser';

/** Thrown (never built again: no stack to capture) where the reader leaves the document to js-yaml. */
export const GIVE_UP = new Error('left to js-yaml');
export const LEAVE_TO_PRECISE = new Error(LEFT_TO_PRECISE);

export function giveUp(): never {
  throw GIVE_UP;
}

export function leaveToPrecise(): never {
  throw LEAVE_TO_PRECISE;
}

/** Nesting well below js-yaml's limit of 128 nodes (keys count there): deeper documents go to the positioned parser. */
const DEPTH_LIMIT = 60;

/** Characters that cannot start a plain scalar in block context (js-yaml's `readPlainScalar`). */
export const NOT_PLAIN_START = new Uint8Array(128);
for (const character of ',[]{}#&*!|>\'"%@`') NOT_PLAIN_START[character.charCodeAt(0)] = 1;

/**
 * One document's text and the reader's state: every node reader leaves `next` at the first line after
 * the node that holds content (blank and comment lines skipped), or at `end`.
 */
export abstract class BlockText {
  protected next = 0;
  private nodes = 0;
  protected depth = 0;
  /** The offset after a quoted scalar or flow collection, set by their readers. */
  protected after = 0;
  /** What the line breaks skipped by `foldLines` fold to. */
  protected fold = '';
  /** Whether a plain key may read as other text than it is written as (`0755:` is the key "493"). */
  keyMisread = false;

  constructor(
    protected readonly text: string,
    protected readonly end: number,
    private readonly scalars: Yaml11Scalars,
    private readonly nodeLimit: number,
  ) {}

  /**
   * The character at `at` as js-yaml sees its input: a line break is added where the text does not
   * end with one, then 0 ends it.
   */
  protected code(at: number): number {
    if (at < this.end) return this.text.charCodeAt(at);
    return at === this.end && this.end > 0 && this.text.charCodeAt(this.end - 1) !== LF ? LF : 0;
  }

  protected isDash(at: number): boolean {
    return at < this.end && this.text.charCodeAt(at) === DASH && this.spaceOrEnd(at + 1);
  }

  /** Whether a space, a line break or the end is at `at`. */
  protected spaceOrEnd(at: number): boolean {
    if (at >= this.end) return true;
    const code = this.text.charCodeAt(at);
    return code === SPACE || code === LF;
  }

  /** The first line at or after `line` with content (not blank, not only a comment), or `end`. */
  protected contentLine(line: number): number {
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

  protected lineAfter(at: number): number {
    return nextLineStart(this.text, at, this.end);
  }

  protected indent(line: number): number {
    return indentOf(this.text, line, this.end);
  }

  protected skipSpaces(at: number): number {
    return afterSpaces(this.text, at, this.end);
  }

  protected enter(): void {
    // js-yaml refuses what is much deeper (128 nodes, keys counted): the positioned parser reports it.
    if (++this.depth > DEPTH_LIMIT) leaveToPrecise();
  }

  /** Counts nodes as `plainEnough` does (every value and every key). */
  protected count(): void {
    if (++this.nodes > this.nodeLimit) giveUp();
  }

  /** Whether a plain scalar (block context) can start at `at`. */
  protected plainStart(at: number): boolean {
    if (at >= this.end) return false;
    const code = this.text.charCodeAt(at);
    if (code === SPACE || code === LF || (code < 128 && NOT_PLAIN_START[code] === 1)) return false;
    if (code === DASH || code === QUESTION || code === COLON) return !this.spaceOrEnd(at + 1);
    return true;
  }

  protected plainValue(raw: string): unknown {
    try {
      return this.scalars.read(raw);
    } catch {
      // A plain scalar eemeli/yaml refuses: js-yaml's reading refuses the document too.
      return giveUp();
    }
  }

  /**
   * A key as js-yaml stores it (`String(key)`: numbers and booleans too), when it is not `null` (which
   * `plainEnough` leaves to the positioned parser) or `__proto__`.
   */
  protected keyName(key: unknown): string {
    if (typeof key === 'object') giveUp();
    const name = String(key);
    if (name === 'null' || name === '' || name === '__proto__') giveUp();
    return name;
  }
}
