import type { Position, SourceRange } from '../types.js';

/** Offset → line/column for one text, with a binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (this.starts[low] ?? 0) + 1, offset: clamped };
  }

  range(start: number, end: number): SourceRange {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** Offset of a 1-based line and column. */
  offsetOf(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))] ?? 0;
    return Math.min(this.text.length, start + Math.max(0, column - 1));
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** What problem builders need of a text: its characters and positions for offsets into it. */
export interface TextPositions {
  readonly text: string;
  position(offset: number): Position;
  range(start: number, end: number): SourceRange;
}

/**
 * A part of a file (one value of a JSON stream) read on its own, or the file as the parser saw it
 * (with quote patches, which keep every offset): offsets are relative to the part, positions are
 * the file's.
 */
export class PartPositions implements TextPositions {
  constructor(
    private readonly file: LineIndex,
    private readonly base: number,
    readonly text: string,
  ) {}

  position(offset: number): Position {
    return this.file.position(this.base + offset);
  }

  range(start: number, end: number): SourceRange {
    return this.file.range(this.base + start, this.base + end);
  }
}
