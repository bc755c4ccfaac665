import { isCollection, isScalar, visit, type Document, type Scalar } from 'yaml';
import { blockScalarTab, parentIndent } from './go-yaml-scalars.js';
import { SPACE } from './block-text.js';

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
 * that cannot start any token"), or after `- `, `? ` and `: ` indicators; only a plain scalar's
 * scanner reads on over a tab on the lines after it, where the tab is as deep as the scalar's
 * content must be ("found a tab character that violates indentation" where it is not). In quoted
 * scalars and flow collections a tab is white space, and a block scalar has its own rule
 * (`blockScalarTab`).
 */
export function refusedTab(doc: Document.Parsed, text: string, from: number, to: number): RefusedTab | undefined {
  const inBlockScalar = blockScalarTab(doc, text);
  if (inBlockScalar !== undefined) return { at: inBlockScalar, inBlockScalar: true };
  const nodes = scalarsAndFlowCollections(doc, text);
  const part = text.slice(from, to);
  TAB_NEAR_LINE_START.lastIndex = 0;
  for (let match = TAB_NEAR_LINE_START.exec(part); match; match = TAB_NEAR_LINE_START.exec(part)) {
    const line = from + match.index;
    const tab = line + match[0].length - 1;
    if (isRefused(text, nodes, line, tab)) return { at: tab, inBlockScalar: false };
  }
  return undefined;
}

/** A scalar or flow collection, with the column a plain scalar's continuation lines must reach. */
interface Span {
  start: number;
  end: number;
  plainIndent: number | undefined;
}

/** The document's scalars and outermost flow collections, in order and not overlapping. */
function scalarsAndFlowCollections(doc: Document.Parsed, text: string): Span[] {
  const spans: Span[] = [];
  visit(doc, {
    Node(_key, node, path) {
      if (!node.range) return undefined;
      const [start, end] = node.range;
      if (isCollection(node)) {
        if (!node.flow) return undefined;
        spans.push({ start, end, plainIndent: undefined });
        return visit.SKIP;
      }
      if (!isScalar(node)) return undefined;
      const plain = (node as Scalar).type === 'PLAIN';
      spans.push({ start, end, plainIndent: plain ? parentIndent(text, path) + 1 : undefined });
      return undefined;
    },
  });
  return spans;
}

function isRefused(text: string, spans: readonly Span[], line: number, tab: number): boolean {
  const onlySpacesBefore = isAll(text, line, tab, SPACE);
  const span = lastStartingBefore(spans, tab);
  if (span && tab < span.end) {
    // Inside a quoted scalar, a block scalar (see blockScalarTab) or a flow collection: white space.
    if (span.plainIndent === undefined) return false;
    // Inside a plain scalar: past its text on a line, content; before it, its continuation's indentation.
    return onlySpacesBefore && tab - line < span.plainIndent;
  }
  if (!onlySpacesBefore) return true;
  // On the blank lines after a plain scalar its scanner reads the white space, as deep as its content.
  if (span?.plainIndent !== undefined && /^[ \t]*(?:\r?\n[ \t]*)*$/.test(text.slice(span.end, line)))
    return tab - line < span.plainIndent;
  return true;
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
