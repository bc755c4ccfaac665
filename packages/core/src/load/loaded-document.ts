import type { FieldPath } from '../model/path.js';
import type { SourceRange } from '../types.js';
import type { LoadedDocument } from './document.js';
import type { LineIndex } from './positions.js';
import { firstLine, walk, type DocumentSlice, type ReparseCache, type SyntaxTree } from './syntax-tree.js';

/** Where a document's syntax tree comes from: kept since the first parse, parsed again on demand, or none. */
export type TreeSource =
  | { kind: 'kept'; tree: SyntaxTree }
  | { kind: 'reparse'; cache: ReparseCache; slice: DocumentSlice }
  | { kind: 'none' };

export class YamlLoadedDocument implements LoadedDocument {
  readonly text: string;

  constructor(
    readonly index: number,
    readonly value: unknown,
    readonly broken: boolean,
    readonly range: SourceRange,
    private readonly lines: LineIndex,
    private readonly source: TreeSource,
    /** Where the document is in the file's text (its offsets, end exclusive). */
    private readonly span: readonly [number, number],
  ) {
    this.text = lines.text;
  }

  covers(offset: number): boolean {
    return offset >= this.span[0] && offset < this.span[1];
  }

  locate(path: FieldPath): SourceRange {
    const tree = this.tree();
    if (!tree) return this.range;
    const found = walk(tree.doc, path);
    if (found.keyRange) return this.lines.range(found.keyRange[0] + tree.shift, found.keyRange[1] + tree.shift);
    const node = found.node;
    if (!node?.range) return this.range;
    return firstLine(this.lines, node.range[0] + tree.shift, node.range[1] + tree.shift);
  }

  locateValue(path: FieldPath): SourceRange | undefined {
    const tree = this.tree();
    if (!tree) return undefined;
    const found = walk(tree.doc, path);
    if (!found.complete || !found.node?.range) return undefined;
    return this.lines.range(found.node.range[0] + tree.shift, found.node.range[1] + tree.shift);
  }

  private tree(): SyntaxTree | undefined {
    switch (this.source.kind) {
      case 'kept':
        return this.source.tree;
      case 'reparse':
        return this.source.cache.tree(this.index, this.source.slice);
      default:
        return undefined;
    }
  }
}
