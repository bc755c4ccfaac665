/**
 * `derive` computed once per key object and shared by every later caller: for views of a pod spec or
 * of the input that several rules derive the same way (a run creates its sites and resource lists
 * once, over values nothing mutates, so an entry is never stale). The WeakMap lets an entry go with
 * its key. Callers share the value: it must be treated as read-only.
 */
export function memoized<Key extends object, Value>(derive: (key: Key) => Value): (key: Key) => Value {
  const values = new WeakMap<Key, Value>();
  return (key) => {
    const known = values.get(key);
    if (known !== undefined || values.has(key)) return known as Value;
    const value = derive(key);
    values.set(key, value);
    return value;
  };
}
