import { isCollection, isScalar, visit, type Document, type Scalar } from 'yaml';
import { blockScalarTab, parentIndent } from './go-yaml-scalars.js';
import { SPACE } from './character-codes.js';
import { separatorLine } from './text-cursor.js';

/** A tab go-yaml refuses, and whether it is in a block scalar's indentation (the message differs). */
export interface RefusedTab {
  at: number;
  inBlockScalar: boolean;
}

/**
 * A line whose first tab comes after nothing but spaces and block indicators (`-`, `?`, `:`): the only
 * lines where go-yaml can refuse a tab that eemeli/yaml reads as white space.
 */
const TAB_NEAR_LINE_START = /^[ ?:-]*\t/gm;

/**
 * The first tab of a document's text (`from` to `to`) that go-yaml refuses. In block context its
 * scanner takes no tab where a token may start: at a line's start, after spaces ("found character
 * that cannot start any token"), or after a `-` or `?` indicator (after a key's `:` it takes one:
 * `a:<tab>b` is read); only a plain scalar's scanner reads on over a tab on the lines after it,
 * where the tab is as deep as the scalar's content must be ("found a tab character that violates
 * indentation" where it is not), in a flow collection too. Elsewhere in quoted scalars and flow
 * collections a tab is white space, and a block scalar has its own rule (`blockScalarTab`).
 */
export function refusedTab(doc: Document.Parsed, text: string, from: number, to: number): RefusedTab | undefined {
  const inBlockScalar = blockScalarTab(doc, text);
  if (inBlockScalar !== undefined) return { at: inBlockScalar, inBlockScalar: true };
  const nodes = spansOf(doc, text);
  const part = text.slice(from, to);
  TAB_NEAR_LINE_START.lastIndex = 0;
  const scanned = scannedLines(text);
  for (let match = TAB_NEAR_LINE_START.exec(part); match; match = TAB_NEAR_LINE_START.exec(part)) {
    const line = from + match.index;
    const tab = line + match[0].length - 1;
    if (scanned.has(line) && isRefused(text, nodes, line, tab)) return { at: tab, inBlockScalar: false };
  }
  return undefined;
}

/** A line that ends go-yaml's reading: kubectl decodes a part's first document only. */
const DOCUMENT_END = /^\.\.\.[ \t]*(?:#.*)?\r?$/;
/** A line with content: not blank, not only a comment. */
const CONTENT_LINE = /^[ \t]*[^\s#]/;

/** The last text's scanned lines: a text's documents are checked one after another. */
let lastScanned: { text: string; lines: Set<number> } | undefined;

/**
 * Where the lines go-yaml scans start. kubectl splits the text at its `---` lines (a separator is
 * never parsed), drops a part of blank and comment lines only, and decodes a part's first document,
 * up to its `...` line; a tab anywhere else is never seen.
 */
function scannedLines(text: string): Set<number> {
  if (lastScanned?.text === text) return lastScanned.lines;
  const lines = new Set<number>();
  let part: number[] = [];
  let hasContent = false;
  let ended = false;
  const endPart = (): void => {
    if (hasContent) for (const start of part) lines.add(start);
    [part, hasContent, ended] = [[], false, false];
  };
  for (let start = 0; start <= text.length;) {
    const lineEnd = text.indexOf('\n', start);
    const end = lineEnd === -1 ? text.length : lineEnd;
    const line = text.slice(start, end);
    if (separatorLine(line) === 'separator') endPart();
    else if (DOCUMENT_END.test(line)) ended = true;
    else if (!ended) {
      part.push(start);
      if (CONTENT_LINE.test(line)) hasContent = true;
    }
    if (lineEnd === -1) break;
    start = lineEnd + 1;
  }
  endPart();
  lastScanned = { text, lines };
  return lines;
}

/** A scalar or flow collection, with the column a plain scalar's continuation lines must reach. */
interface Span {
  start: number;
  end: number;
  /** For a plain scalar, and for a flow collection the plain scalars in it. */
  plainIndent: number | undefined;
  flow: boolean;
}

/**
 * The document's scalars and outermost flow collections, in order and not overlapping, and apart
 * the plain scalars inside flow collections (go-yaml checks the lines after those too).
 */
function spansOf(doc: Document.Parsed, text: string): { outer: Span[]; inFlow: Span[] } {
  const outer: Span[] = [];
  const inFlow: Span[] = [];
  visit(doc, {
    Node(_key, node, path) {
      if (!node.range) return undefined;
      const [start, end] = node.range;
      const flow = outer.at(-1);
      const nested = flow !== undefined && flow.flow && start < flow.end;
      if (isCollection(node)) {
        if (node.flow && !nested) outer.push({ start, end, plainIndent: parentIndent(text, path) + 1, flow: true });
        return undefined;
      }
      // An empty value has no text for go-yaml's scanner to read on from.
      if (!isScalar(node) || start === end) return undefined;
      const plain = (node as Scalar).type === 'PLAIN';
      if (nested) {
        if (plain) inFlow.push({ start, end, plainIndent: flow.plainIndent, flow: false });
      } else outer.push({ start, end, plainIndent: plain ? parentIndent(text, path) + 1 : undefined, flow: false });
      return undefined;
    },
  });
  return { outer, inFlow };
}

function isRefused(text: string, spans: ReturnType<typeof spansOf>, line: number, tab: number): boolean {
  const onlySpacesBefore = isAll(text, line, tab, SPACE);
  const span = lastStartingBefore(spans.outer, tab);
  if (span?.flow && tab < span.end) {
    // In a flow collection a tab is white space, but for the lines a plain scalar's scanner reads on.
    const plain = lastStartingBefore(spans.inFlow, tab);
    if (plain === undefined || plain.start < span.start || !onlySpacesBefore || !readsOn(text, plain, line, tab))
      return false;
    return tab - line < (plain.plainIndent ?? 0);
  }
  // Inside a quoted scalar or a block scalar (see blockScalarTab): white space or content.
  if (span && tab < span.end && span.plainIndent === undefined) return false;
  const plain = span && !span.flow && span.plainIndent !== undefined ? span : undefined;
  // Past a plain scalar, its scanner reads only white space: a tab after an indicator is the next token's.
  if (plain && (tab < plain.end || onlySpacesBefore) && readsOn(text, plain, line, tab))
    return onlySpacesBefore && tab - line < (plain.plainIndent ?? 0);
  // Anywhere else a tab after only spaces (or after an indicator) is where a token may start.
  return true;
}

/**
 * Whether a plain scalar's scanner reads the line at `line`: a continuation line inside it, or a
 * blank line after it; there a tab less deep than its content is refused.
 */
function readsOn(text: string, plain: Span, line: number, tab: number): boolean {
  if (tab < plain.end) return true;
  return /^[ \t]*(?:\r?\n[ \t]*)*$/.test(text.slice(plain.end, line));
}

function isAll(text: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== code) return false;
  return true;
}

function lastStartingBefore(spans: readonly Span[], at: number): Span | undefined {
  let low = 0;
  let high = spans.length - 1;
  let found: Span | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (span && span.start <= at) {
      found = span;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
