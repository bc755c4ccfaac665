import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type ParsedNode } from 'yaml';
import type { FieldPath } from '../model/path.js';
import type { SourceRange } from '../types.js';
import { effectivePair } from './merge-keys.js';
import type { TextPositions } from './positions.js';
import { applyPatches } from './unindented-patches.js';

export type YamlDocument = Document.Parsed<ParsedNode>;

/** A document's syntax tree and how far its offsets are from the file's (non-zero once re-parsed alone). */
export interface SyntaxTree {
  readonly doc: YamlDocument;
  readonly shift: number;
}

/** Where a document sits in the file, so it can be parsed again on its own. */
export interface DocumentSlice {
  readonly start: number;
  readonly end: number;
  /** Where its content starts, to check that a re-parse reads the same thing. */
  readonly contentStart: number | undefined;
  /** Spans (the file's offsets) read as one line, as the first parse did: see `unindentedPatches`. */
  readonly patches: ReadonlyArray<readonly [number, number]>;
}

/**
 * Re-parses documents of a large file on demand and keeps the most recently used ones. Only
 * positions come from these trees; values were taken from the first parse. A re-parse that does
 * not line up with the first one (it never should) gives no tree, and findings fall back to the
 * document's first line.
 */
export class ReparseCache {
  private readonly trees = new Map<number, SyntaxTree | undefined>();

  constructor(
    private readonly text: string,
    private readonly options: Parameters<typeof parseAllDocuments>[1],
    private readonly capacity: number,
  ) {}

  tree(index: number, slice: DocumentSlice): SyntaxTree | undefined {
    if (this.trees.has(index)) {
      const cached = this.trees.get(index);
      this.trees.delete(index);
      this.trees.set(index, cached);
      return cached;
    }
    const tree = this.parse(slice);
    this.trees.set(index, tree);
    if (this.trees.size > this.capacity) {
      const oldest = this.trees.keys().next().value;
      if (oldest !== undefined) this.trees.delete(oldest);
    }
    return tree;
  }

  private parse(slice: DocumentSlice): SyntaxTree | undefined {
    try {
      const patches = slice.patches.map(([start, end]) => [start - slice.start, end - slice.start] as const);
      const docs = parseAllDocuments(
        applyPatches(this.text.slice(slice.start, slice.end), patches),
        this.options,
      ) as unknown as YamlDocument[];
      const doc = Array.isArray(docs) && docs.length === 1 ? docs[0] : undefined;
      if (!doc) return undefined;
      const contentStart = (doc.contents as Node | null)?.range?.[0];
      if (
        contentStart !== undefined &&
        slice.contentStart !== undefined &&
        contentStart + slice.start !== slice.contentStart
      )
        return undefined;
      return { doc, shift: slice.start };
    } catch {
      return undefined;
    }
  }
}

interface WalkResult {
  /** The deepest node reached. */
  node: Node | undefined;
  /** The key of the last map pair matched, when the path ends at (or beyond) a map key. */
  keyRange: [number, number] | undefined;
  complete: boolean;
}

/** Follows a field path through a syntax tree, as far as it exists. Iterative: paths can be long. */
export function walk(doc: YamlDocument, path: FieldPath): WalkResult {
  let node = resolveAlias(doc, doc.contents as Node | null | undefined);
  let keyRange: [number, number] | undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    let next: Node | undefined;
    let nextKeyRange: [number, number] | undefined;
    // A number on a map is a key in the API server's notation too (`data[493]`).
    if (isMap(node) && segment !== undefined) {
      // The pair kubectl takes the value from: with merge keys, the last writer (see merge-keys.ts).
      const pair = effectivePair(doc, node, String(segment));
      const key = pair?.key as Node | null | undefined;
      if (pair && isScalar(key)) {
        next = resolveAlias(doc, pair.value as Node | null) ?? undefined;
        nextKeyRange = key.range ? [key.range[0], key.range[1]] : undefined;
        if (!next) {
          // `key:` with no value: the key itself is the best place.
          return { node: key, keyRange: nextKeyRange, complete: i === path.length - 1 };
        }
      }
    } else if (isSeq(node) && typeof segment === 'number' && Number.isInteger(segment) && segment >= 0) {
      const item = node.items[segment] as Node | null | undefined;
      next = resolveAlias(doc, item) ?? undefined;
    }
    if (!next) return { node, keyRange, complete: false };
    node = next;
    keyRange = nextKeyRange;
  }
  return { node: node ?? undefined, keyRange, complete: true };
}

function resolveAlias(doc: YamlDocument, node: Node | null | undefined): Node | undefined {
  if (!node) return undefined;
  if (isAlias(node)) {
    try {
      return (node.resolve(doc) as Node | undefined) ?? node;
    } catch {
      return node;
    }
  }
  return node;
}

/** Multi-line nodes are reported on their first line, so an editor does not underline a whole block. */
export function firstLine(lines: TextPositions, start: number, end: number): SourceRange {
  const range = lines.range(start, end);
  if (range.end.line === range.start.line) return range;
  const text = lines.text;
  let stop = start;
  while (stop < text.length && text[stop] !== '\n' && text[stop] !== '\r') stop++;
  return lines.range(start, stop);
}
