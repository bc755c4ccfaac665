import { isAlias, isScalar, visit, type Alias, type Document, type Node, type ParsedNode, type Scalar } from 'yaml';

type YamlDocument = Document.Parsed<ParsedNode>;

export interface AliasProblem {
  kind: 'unknown' | 'contains-itself';
  alias: string;
  /** The alias's own range in the text. */
  range: [number, number];
  /** Where the anchor it refers to starts, for `contains-itself`. */
  anchorAt?: number;
}

/**
 * Aliases that kubectl's decoder refuses: one with no anchor before it ("unknown anchor referenced")
 * and one inside the node its anchor names ("anchor value contains itself"), which would make a
 * cyclic value that every recursive reader of the object then follows forever.
 */
export function aliasProblems(doc: YamlDocument): AliasProblem[] {
  const problems: AliasProblem[] = [];
  if (!doc.contents) return problems;
  // The anchor an alias refers to is the last one of its name before it, in document order.
  const anchors = new Map<string, Node>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const problem = checkAlias(node, anchors.get(node.source));
        if (problem) problems.push(problem);
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
    },
  });
  return problems;
}

function checkAlias(alias: Alias, target: Node | undefined): AliasProblem | undefined {
  const range: [number, number] = alias.range ? [alias.range[0], alias.range[1]] : [0, 0];
  if (!target) return { kind: 'unknown', alias: alias.source, range };
  const outer = target.range;
  if (outer && alias.range && outer[0] <= alias.range[0] && alias.range[1] <= outer[2]) {
    return { kind: 'contains-itself', alias: alias.source, range, anchorAt: outer[0] };
  }
  return undefined;
}

/**
 * The deepest nesting of a plain value, counting shared objects (YAML aliases) once per path but
 * measuring each only once. Iterative, so a deep value cannot overflow the stack while measuring it;
 * a cycle counts as infinitely deep.
 */
export function nestingDepth(root: unknown): number {
  if (!isContainer(root)) return 0;
  const heights = new Map<object, number>();
  const inProgress = new Set<object>();
  const pending: Array<{ node: object; finishing: boolean }> = [{ node: root, finishing: false }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, finishing } = next;
    if (finishing) {
      let deepest = 0;
      for (const child of childrenOf(node))
        if (isContainer(child)) deepest = Math.max(deepest, heights.get(child) ?? 0);
      heights.set(node, deepest + 1);
      inProgress.delete(node);
      continue;
    }
    if (heights.has(node)) continue;
    if (inProgress.has(node)) return Number.POSITIVE_INFINITY;
    inProgress.add(node);
    pending.push({ node, finishing: true });
    for (const child of childrenOf(node))
      if (isContainer(child) && !heights.has(child)) pending.push({ node: child, finishing: false });
  }
  return heights.get(root) ?? 0;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function childrenOf(node: object): unknown[] {
  return Array.isArray(node) ? node : Object.values(node);
}

export interface DuplicateKey {
  first: Scalar;
  repeated: Scalar;
}

/**
 * Keys repeated in one mapping, compared by the value they read as (so YAML 1.1's `n` and `off`
 * collide, as both are false). One pass with a map per mapping: eemeli/yaml's own check compares
 * every key with every earlier one, which takes minutes on a ConfigMap of 100,000 keys.
 */
export function duplicateKeys(doc: YamlDocument, limit: number): DuplicateKey[] {
  const duplicates: DuplicateKey[] = [];
  if (!doc.contents) return duplicates;
  visit(doc, {
    Map(_key, map) {
      const seen = new Map<unknown, Scalar>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        // `<<` is YAML 1.1's merge key, which go-yaml allows more than once.
        if (!isScalar(key) || (key.value === '<<' && key.type === 'PLAIN')) continue;
        const first = seen.get(key.value);
        if (!first) seen.set(key.value, key);
        else if (duplicates.length < limit) duplicates.push({ first, repeated: key });
      }
      return duplicates.length >= limit ? visit.BREAK : undefined;
    },
  });
  return duplicates;
}
