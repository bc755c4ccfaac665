/**
 * The keys of a plain value (objects, arrays, scalars) at every depth, each key counted as a node
 * too; undefined once it has more than `nodeLimit` nodes or at a key `refused` returns true for.
 * Iterative: values can be deep.
 */
export function keyCount(root: unknown, nodeLimit: number, refused: (key: string) => boolean): number | undefined {
  let nodes = 0;
  let keys = 0;
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (++nodes > nodeLimit) return undefined;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    // Keys, not entries: no pair array per key.
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      if (refused(key)) return undefined;
      nodes++;
      keys++;
      pending.push(object[key]);
    }
  }
  return keys;
}
