import { CR, DASH, HASH, LF, SPACE } from './character-codes.js';
import { afterSpaces, indentOf, nextLineStart } from './text-cursor.js';

/** What the outline reader's parts share: the document's text, the reader's place in it and the line scans. */

/** Thrown (never built again: no stack to capture) where the outline gives up. */
export const UNSUPPORTED = new Error('not plain block YAML');

export function unsupported(): never {
  throw UNSUPPORTED;
}

/** One document's text and the line after the node read last. */
export abstract class OutlineText {
  /** The line after the node read last (set by every node reader: no result object per node). */
  protected next = 0;
  /** The line `indentAt` counted last, and its indentation. */
  private indentedLine = -1;
  private lineIndent = 0;

  constructor(
    protected readonly text: string,
    protected readonly start: number,
    protected readonly end: number,
  ) {}

  protected isDash(at: number): boolean {
    if (at >= this.end || this.text.charCodeAt(at) !== DASH) return false;
    const after = at + 1 < this.end ? this.text.charCodeAt(at + 1) : LF;
    return after === SPACE || after === LF || after === CR;
  }

  /** The first line at or after `line` with content: not blank, and not only a comment unless `commentsCount`. */
  protected contentLine(line: number, commentsCount = false): number {
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
  protected endOfLine(at: number): number {
    const rest = this.skipSpaces(at);
    const code = rest < this.end ? this.text.charCodeAt(rest) : LF;
    if (code !== LF && code !== CR && !(code === HASH && rest > at)) unsupported();
    return this.nextLine(at);
  }

  protected nextLine(at: number): number {
    return nextLineStart(this.text, at, this.end);
  }

  protected lineStart(at: number): number {
    return this.text.lastIndexOf('\n', at - 1) + 1;
  }

  protected indentAt(line: number): number {
    // The readers ask for the same line's indentation several times over (the scalar before it,
    // its collection, the next entry): counted once.
    if (line !== this.indentedLine) {
      this.indentedLine = line;
      this.lineIndent = indentOf(this.text, line, this.end);
    }
    return this.lineIndent;
  }

  protected skipSpaces(at: number): number {
    return afterSpaces(this.text, at, this.end);
  }

  /** Whether the line holds only spaces. */
  protected blank(line: number): boolean {
    const first = line + this.indentAt(line);
    const code = this.text.charCodeAt(first);
    return first >= this.end || code === LF || code === CR;
  }
}
