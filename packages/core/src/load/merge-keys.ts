import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';

/**
 * YAML 1.1 merge keys (`<<: *defaults`) as kubectl's decoder (go-yaml v2) applies them. go-yaml
 * writes the pairs of a mapping in order, and a merge writes every key of its sources, so a merge
 * overrides an explicit key written before it: `{x: "1", <<: {x: 2}}` is `{x: 2}`. eemeli/yaml
 * lets explicit keys win wherever they are, and a later merge never overrides an earlier one.
 * Within one merge, the first source that has a key wins in both.
 */

type AnyDocument = Document.Parsed | Document;

/** A plain `<<` key: go-yaml's isMerge (a quoted "<<" is an ordinary key). */
export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const value: unknown = key.value;
  return (
    (typeof value === 'symbol' && value.description === '<<') ||
    (value === '<<' && (key.type === undefined || key.type === 'PLAIN'))
  );
}

/** The maps a merge value names, first (winning) source first; undefined when go-yaml refuses the value. */
export function mergeSources(doc: AnyDocument, value: unknown): YAMLMap[] | undefined {
  if (isMap(value)) return [value];
  if (isAlias(value)) {
    const target = resolve(doc, value);
    return isMap(target) ? [target] : undefined;
  }
  if (!isSeq(value)) return undefined;
  const sources: YAMLMap[] = [];
  for (const item of value.items) {
    const target = isAlias(item) ? resolve(doc, item) : item;
    if (!isMap(target)) return undefined;
    sources.push(target);
  }
  return sources;
}

/** The `<<` values that go-yaml refuses ("map merge requires map or sequence of maps as the value"). */
export function badMergeValues(doc: AnyDocument): Array<{ key: Node; value: Node | null }> {
  const bad: Array<{ key: Node; value: Node | null }> = [];
  visit(doc, {
    Pair(_key, pair) {
      if (isMergeKey(pair.key) && !mergeSources(doc, pair.value))
        bad.push({ key: pair.key as Node, value: (pair.value as Node | null) ?? null });
    },
  });
  return bad;
}

/**
 * The pair whose value a mapping ends up with for `key`, merges applied as go-yaml applies them:
 * the last writer, which can sit in a merged source. For positions of merged values.
 */
export function effectivePair(doc: AnyDocument, map: YAMLMap, key: string, depth = 0): Pair | undefined {
  if (!hasMerge(map)) {
    for (const pair of map.items) if (isPair(pair) && keyString(pair.key) === key) return pair;
    return undefined;
  }
  let writer: Pair | undefined;
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    if (isMergeKey(pair.key)) {
      if (depth > 32) continue;
      for (const source of mergeSources(doc, pair.value) ?? []) {
        const found = effectivePair(doc, source, key, depth + 1);
        if (found) {
          writer = found;
          break;
        }
      }
    } else if (keyString(pair.key) === key) {
      writer = pair;
    }
  }
  return writer;
}

const mergeMaps = new WeakMap<YAMLMap, boolean>();

/** Whether a mapping has a merge key; remembered, as positions are looked up key by key. */
function hasMerge(map: YAMLMap): boolean {
  let known = mergeMaps.get(map);
  if (known === undefined) {
    known = map.items.some((pair) => isPair(pair) && isMergeKey(pair.key));
    mergeMaps.set(map, known);
  }
  return known;
}

/**
 * A copy of the document whose mappings eemeli/yaml turns into the values go-yaml reads: in each
 * mapping with a merge, explicit pairs that a later merge overrides are dropped and the merges are
 * moved in front, last first, so that the last writer of every key is the one that stays. The
 * document itself is left alone: its positions still point into the text. Undefined when no
 * mapping needs it.
 */
export function kubectlMergeOrder(doc: Document.Parsed): Document.Parsed | undefined {
  if (!needsReorder(doc)) return undefined;
  const copy = doc.clone() as Document.Parsed;
  const keys = new Map<YAMLMap, Set<string>>();
  visit(copy, {
    Map(_key, map) {
      const order = reordered(copy, map, keys);
      if (order) map.items = order;
    },
  });
  return copy;
}

function needsReorder(doc: AnyDocument): boolean {
  const keys = new Map<YAMLMap, Set<string>>();
  let needed = false;
  visit(doc, {
    Map(_key, map) {
      if (reordered(doc, map, keys)) {
        needed = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return needed;
}

function reordered(doc: AnyDocument, map: YAMLMap, keys: Map<YAMLMap, Set<string>>): Pair[] | undefined {
  const pairs = map.items.filter(isPair);
  const merges = pairs.filter((pair) => isMergeKey(pair.key));
  if (merges.length === 0) return undefined;
  const lastWriter = new Map<string, Pair>();
  for (const pair of pairs) {
    if (isMergeKey(pair.key)) {
      for (const source of mergeSources(doc, pair.value) ?? [])
        for (const key of keysOf(doc, source, keys)) lastWriter.set(key, pair);
    } else {
      const key = keyString(pair.key);
      if (key !== undefined) lastWriter.set(key, pair);
    }
  }
  const explicit = pairs.filter((pair) => !isMergeKey(pair.key));
  const kept = explicit.filter((pair) => {
    const key = keyString(pair.key);
    return key === undefined || lastWriter.get(key) === pair;
  });
  if (kept.length === explicit.length && merges.length === 1) return undefined;
  return [...merges.reverse(), ...kept];
}

/** Every key a mapping ends up with, merged ones included (the same set in go-yaml and eemeli/yaml). */
function keysOf(doc: AnyDocument, map: YAMLMap, memo: Map<YAMLMap, Set<string>>, depth = 0): Set<string> {
  const known = memo.get(map);
  if (known) return known;
  const keys = new Set<string>();
  memo.set(map, keys);
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    if (isMergeKey(pair.key)) {
      if (depth > 32) continue;
      for (const source of mergeSources(doc, pair.value) ?? [])
        for (const key of keysOf(doc, source, memo, depth + 1)) keys.add(key);
    } else {
      const key = keyString(pair.key);
      if (key !== undefined) keys.add(key);
    }
  }
  return keys;
}

/** A key as a property name of the plain value (eemeli/yaml's stringifyKey for scalars). */
function keyString(key: unknown): string | undefined {
  return isScalar(key) ? propertyName(key.value) : undefined;
}

/** The property name a scalar key's value gives in the plain value: null is "", a number or boolean its string. */
export function propertyName(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function resolve(doc: AnyDocument, node: Node): Node | undefined {
  if (!isAlias(node)) return node;
  try {
    return (node.resolve(doc as Document) as Node | undefined) ?? undefined;
  } catch {
    return undefined;
  }
}
