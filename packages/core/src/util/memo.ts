/**
 * `derive` computed once per key object and shared by every later caller: for views of a pod spec or
 * of the input that several rules derive the same way (a run creates its sites and resource lists
 * once, over values nothing mutates, so a value is never stale). Callers share the value: it must be
 * treated as read-only.
 *
 * The values live on the key, in a hidden property, and go with it. Not in a WeakMap: V8's WeakMap
 * lookups cost several times a Map's, and its ephemerons slow every full GC; with a hundred rules
 * asking per pod spec, that was most of what the memo saved.
 */
export function memoized<Key extends object, Value>(derive: (key: Key) => Value): (key: Key) => Value {
  return (key) => {
    const values = derivedValues(key);
    const known = values.get(derive);
    if (known !== undefined || values.has(derive)) return known as Value;
    const value = derive(key);
    values.set(derive, value);
    return value;
  };
}

const DERIVED = Symbol('derived values');

type Holder = { [DERIVED]?: Map<unknown, unknown> };

/** For a key that takes no new property (frozen): its values by key. */
const sealedKeys = new WeakMap<object, Map<unknown, unknown>>();

function derivedValues(key: object): Map<unknown, unknown> {
  const holder = key as Holder;
  let values = holder[DERIVED] ?? sealedKeys.get(key);
  if (values === undefined) {
    values = new Map();
    // Not enumerable: a key compared or serialised (deepStrictEqual, JSON) looks as before.
    if (Object.isExtensible(key)) Object.defineProperty(key, DERIVED, { value: values });
    else sealedKeys.set(key, values);
  }
  return values;
}
