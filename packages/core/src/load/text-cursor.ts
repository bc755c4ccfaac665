import { CR, LF, SPACE, TAB } from './character-codes.js';

/**
 * The small scans the hand-written readers share (the block reader, the block outline, the deep
 * document scan and the go-yaml scalar readers): the first read a part of a text, `end` being where
 * that part stops; the others read to the text's end and take `\r` for a line break too.
 */

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

export function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

export function isWhiteSpace(code: number): boolean {
  return code === SPACE || code === TAB;
}

/** Where the line after the line break at `at` starts: `\r\n` is one line break, as are `\n` and `\r`. */
export function pastLineBreak(text: string, at: number): number {
  return text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
}

export function endOfLine(text: string, from: number): number {
  let at = from;
  while (at < text.length && !isLineBreak(text.charCodeAt(at))) at++;
  return at;
}

/** The spaces at `from`, counting no further than `limit`: indentation is spaces only. */
export function leadingSpaces(text: string, from: number, limit = Infinity): number {
  let count = 0;
  while (count < limit && text.charCodeAt(from + count) === SPACE) count++;
  return count;
}

/**
 * How kubectl's YAML reader (k8s.io/apimachinery/pkg/util/yaml) takes a line starting with `---`:
 * a separator when only white space and a comment follow (`'separator'`), else the text after the
 * dashes, which stops the whole stream ("invalid Yaml document separator"); undefined for any other line.
 */
export function separatorLine(line: string): 'separator' | { rest: string } | undefined {
  if (!line.startsWith('---')) return undefined;
  const rest = line.slice(3).trim();
  return rest === '' || rest.startsWith('#') ? 'separator' : { rest };
}
