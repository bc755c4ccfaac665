/**
 * A constant table keyed by names that come from the input (kinds, apiVersions, label keys…),
 * without a prototype: `table['toString']` or `table['__proto__']` is `undefined`, not a function
 * inherited from Object.prototype, so `kind: constructor` is an unknown kind like any other.
 */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T | undefined>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** `object[key]` for a key from the input: own properties only, never one inherited from the prototype. */
export function ownValue(object: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** `table[key]` for a table that may have a prototype (nested tables, parsed JSON): own entries only. */
export function lookup<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
