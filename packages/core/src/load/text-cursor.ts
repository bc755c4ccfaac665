/**
 * The small scans the hand-written readers share (the block reader, the block outline and the deep
 * document scan): each reads a part of a text, `end` being where that part stops.
 */

const SPACE = 32;

/** The first offset from `at` that is not a space, or `end`. */
export function afterSpaces(text: string, at: number, end: number): number {
  let offset = at;
  while (offset < end && text.charCodeAt(offset) === SPACE) offset++;
  return offset;
}

/** How many spaces the line that starts at `line` is indented by. */
export function indentOf(text: string, line: number, end: number): number {
  return afterSpaces(text, line, end) - line;
}

/** Where the line after the one holding `at` starts, or `end`. */
export function nextLineStart(text: string, at: number, end: number): number {
  const newline = text.indexOf('\n', at);
  return newline === -1 || newline >= end ? end : newline + 1;
}
