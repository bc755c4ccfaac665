import type { FieldPath } from '../model/path.js';
import type { SourceRange } from '../types.js';
import type { LineIndex } from './positions.js';
import { firstLine } from './syntax-tree.js';
import { CR, LF } from './block-text.js';
import { readOutline, type Outline, type OutlineNode } from './outline-reader.js';

/**
 * How many paths of a document are each found by a reading along that path; past them the whole
 * outline is read once, so that a document with many findings is not read again for every one.
 */
const PATH_READINGS = 4;

/**
 * Positions for a fast-path document without a syntax tree: a pass over its text that records,
 * for plain block YAML (block mappings and sequences, scalars, block scalars, flow collections
 * whose lines are indented as eemeli/yaml wants them), where each key and node is, with the ranges
 * eemeli/yaml gives them; for one position, only along the path to it (`readOutline`). Most
 * documents with findings are such YAML, and this costs a small fraction of composing a tree.
 * Anything else (quoted scalars with lines no deeper than their key, anchors, tabs, keys other
 * than words and numbers, a path into a flow collection…) answers `undefined`, and the caller
 * parses the tree as before: the outline is never a second opinion, only a shortcut.
 */
export class BlockOutline {
  /** The whole document's outline, once more than `PATH_READINGS` paths were asked for (null: not plain block YAML). */
  private whole: Outline | null | undefined;
  private readings = 0;

  private constructor(
    private readonly lines: LineIndex,
    private readonly start: number,
    private readonly end: number,
    private readonly value: unknown,
  ) {}

  /**
   * The outline of the document in `lines.text` between `start` and `end`, whose value is `value`,
   * or undefined when it cannot be plain block YAML.
   */
  static of(lines: LineIndex, start: number, end: number, value: unknown): BlockOutline | undefined {
    // Tabs separate and indent differently in every parser: left to the one whose reading counts.
    const tab = lines.text.indexOf('\t', start);
    if (tab !== -1 && tab < end) return undefined;
    return new BlockOutline(lines, start, end, value);
  }

  /** The document's range (its content's first line), as `YamlLoadedDocument.range`. */
  get range(): SourceRange | undefined {
    const outline = this.along([]);
    return outline && this.firstLine(outline.root);
  }

  /** As `YamlLoadedDocument.locate`, or undefined when the outline cannot tell. */
  locate(path: FieldPath): SourceRange | undefined {
    const found = this.walk(path);
    if (!found) return undefined;
    if (found.key >= 0) return this.lines.range(found.key, found.keyEnd);
    return this.firstLine(found.node);
  }

  /** As `YamlLoadedDocument.locateValue`: `null` for "no such value", undefined when the outline cannot tell. */
  locateValue(path: FieldPath): SourceRange | null | undefined {
    const found = this.walk(path);
    if (!found) return undefined;
    if (!found.complete) return null;
    const { node } = found;
    if (node.kind === 'scalar' || node.kind === 'flow') return this.lines.range(node.start, node.end);
    if (node.kind === 'empty' && node.start >= 0) return this.lines.range(node.start, node.start);
    return undefined;
  }

  /**
   * The outline to find `path` in: read along that path (most documents are asked for one or two
   * positions, each a small part of the document), or, past a few paths, the whole outline once.
   */
  private along(path: FieldPath): Outline | undefined {
    const text = this.lines.text;
    if (++this.readings > PATH_READINGS) {
      if (this.whole === undefined) this.whole = readOutline(text, this.start, this.end) ?? null;
      return this.whole ?? undefined;
    }
    const values = [this.value];
    for (const segment of path) {
      const parent = values[values.length - 1];
      if (typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, segment)) break;
      values.push((parent as Record<string | number, unknown>)[segment]);
    }
    return readOutline(text, this.start, this.end, { path, values });
  }

  /** The node at `path` or its deepest existing parent, and the span of the key last matched (-1: none). */
  private walk(path: FieldPath): { node: OutlineNode; key: number; keyEnd: number; complete: boolean } | undefined {
    const outline = this.along(path);
    if (!outline) return undefined;
    const { names, links, values } = outline.pairs;
    let node: OutlineNode = outline.root;
    let key = -1;
    let keyEnd = -1;
    for (const segment of path) {
      let next: OutlineNode | undefined;
      let nextKey = -1;
      if (node.kind === 'map') {
        const name = String(segment);
        for (let pair = node.first; pair >= 0; pair = links[3 * pair + 2] ?? -1) {
          if (names[pair] !== name) continue;
          // A name twice: which pair counts is the tree's to say.
          if (next) return undefined;
          next = values[pair];
          nextKey = pair;
        }
      } else if (node.kind === 'seq') {
        if (typeof segment === 'number' && Number.isInteger(segment) && segment >= 0) next = node.items[segment];
      } else if (node.kind === 'flow' || node.kind === 'skipped') {
        return undefined;
      }
      if (!next) return { node, key, keyEnd, complete: false };
      if (node.kind === 'map') {
        key = links[3 * nextKey] ?? -1;
        keyEnd = links[3 * nextKey + 1] ?? -1;
      } else key = keyEnd = -1;
      node = next;
    }
    // Passed over: the path ends on a value a reading along another path did not look into.
    if (node.kind === 'skipped') return undefined;
    return { node, key, keyEnd, complete: true };
  }

  /** eemeli/yaml's range of a node, cut to its first line as `firstLine` does. */
  private firstLine(node: OutlineNode): SourceRange | undefined {
    if (node.kind === 'skipped') return undefined;
    if (node.kind === 'empty') return node.start >= 0 ? this.lines.range(node.start, node.start) : undefined;
    if (node.end >= 0) return firstLine(this.lines, node.start, node.end);
    const text = this.lines.text;
    let stop = node.start;
    while (stop < text.length && text.charCodeAt(stop) !== LF && text.charCodeAt(stop) !== CR) stop++;
    return this.lines.range(node.start, stop);
  }
}
