/**
 * What `kubectl apply` makes of a manifest and the stored object: a strategic merge, in which the
 * fields the user applied before and dropped now are deleted, lists with a merge key are merged
 * entry by entry, and `retainKeys` structs keep only what the manifest writes.
 */
import { asObject, isObject, type PlainObject } from '../model/values.js';
import { lookupTable } from '../util/lookup-table.js';

/** Strategic-merge keys of the built-in lists that `kubectl apply` merges entry by entry. */
const MERGE_KEYS = lookupTable<readonly string[]>({
  containers: ['name'],
  initContainers: ['name'],
  ephemeralContainers: ['name'],
  volumes: ['name'],
  env: ['name'],
  imagePullSecrets: ['name'],
  resourceClaims: ['name'],
  schedulingGates: ['name'],
  volumeMounts: ['mountPath'],
  volumeDevices: ['devicePath'],
  hostAliases: ['ip'],
  topologySpreadConstraints: ['topologyKey'],
  // Container ports merge by containerPort, Service ports by port.
  ports: ['containerPort', 'port'],
});

/** Fields patched with `retainKeys` (a Deployment's strategy; each volume and resource claim): keys the manifest leaves out are cleared. */
const RETAIN_KEYS = new Set(['strategy', 'volumes', 'resourceClaims']);

function mergeKeyOf(listName: string | undefined, item: unknown): string | undefined {
  const keys = listName === undefined ? undefined : MERGE_KEYS[listName];
  if (!keys || !isObject(item)) return undefined;
  for (const key of keys) {
    const value = item[key];
    if (typeof value === 'string' || typeof value === 'number') return `${key}=${String(value)}`;
  }
  return undefined;
}

/**
 * The result of applying `manifest` onto `live`, where `applied` is what the user had applied
 * before (its fields that `manifest` drops are deleted). Explicit nulls delete, as in a patch.
 */
export function applyOnto(
  live: unknown,
  manifest: unknown,
  applied: unknown,
  listName: string | undefined,
  retainKeys = false,
): unknown {
  if (manifest === null) return undefined;
  if (isObject(manifest)) {
    if (!isObject(live)) return withoutNulls(manifest);
    const before = asObject(applied);
    const has = (object: PlainObject, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
    const entries: Array<[string, unknown]> = [];
    // patchStrategy retainKeys: what the manifest leaves out of such a struct is cleared.
    for (const key of new Set([...(retainKeys ? [] : Object.keys(live)), ...Object.keys(manifest)])) {
      if (!has(manifest, key)) {
        if (!before || !has(before, key)) entries.push([key, live[key]]);
        continue;
      }
      const merged = applyOnto(live[key], manifest[key], before?.[key], key, RETAIN_KEYS.has(key));
      if (merged !== undefined) entries.push([key, merged]);
    }
    return Object.fromEntries(entries);
  }
  if (Array.isArray(manifest)) {
    const keyed =
      Array.isArray(live) &&
      listName !== undefined &&
      MERGE_KEYS[listName] !== undefined &&
      manifest.every((item) => mergeKeyOf(listName, item) !== undefined);
    if (!keyed || !Array.isArray(live)) return manifest.map(withoutNulls);
    const liveByKey = new Map(live.map((item) => [mergeKeyOf(listName, item), item] as const));
    const appliedKeys = new Set(Array.isArray(applied) ? applied.map((item) => mergeKeyOf(listName, item)) : []);
    const appliedByKey = new Map(
      Array.isArray(applied) ? applied.map((item) => [mergeKeyOf(listName, item), item] as const) : [],
    );
    const manifestKeys = new Set(manifest.map((item) => mergeKeyOf(listName, item)));
    // Entries of the manifest keep its order (and so its indexes); entries only the server has follow.
    const out = manifest.map((item) => {
      const key = mergeKeyOf(listName, item);
      return applyOnto(
        liveByKey.get(key),
        item,
        appliedByKey.get(key),
        undefined,
        listName !== undefined && RETAIN_KEYS.has(listName),
      );
    });
    for (const item of live) {
      const key = mergeKeyOf(listName, item);
      if (key === undefined || (!manifestKeys.has(key) && !appliedKeys.has(key))) out.push(item);
    }
    return out;
  }
  return manifest;
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isObject(value)) return value;
  const out: PlainObject = {};
  for (const [key, item] of Object.entries(value)) if (item !== null) out[key] = withoutNulls(item);
  return out;
}
