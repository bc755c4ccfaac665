/** How many memos there are: each has its slot in every key's values. */
let memos = 0;
const DERIVED = Symbol('derived values');
/** A derived `undefined`, told apart from a slot not yet filled. */
const UNDEFINED = Symbol('undefined');

/**
 * `derive` computed once per key object and shared by every later caller: for views of a pod spec or
 * of the input that several rules derive the same way (a run creates its sites and resource lists
 * once, over values nothing mutates, so a value is never stale). Callers share the value: it must be
 * treated as read-only.
 *
 * The values live on the key, in a hidden array with a slot per memo, and go with it. Not in a
 * WeakMap: V8's WeakMap lookups cost several times an array's, and its ephemerons slow every full
 * GC; a run on the corpus looks up about 250,000 values.
 */
export function memoized<Key extends object, Value>(derive: (key: Key) => Value): (key: Key) => Value {
  const slot = memos++;
  return (key) => {
    const values = derivedValues(key);
    const known = values[slot];
    if (known !== undefined) return (known === UNDEFINED ? undefined : known) as Value;
    const value = derive(key);
    values[slot] = value === undefined ? UNDEFINED : value;
    return value;
  };
}

type Holder = { [DERIVED]?: unknown[] };

/** For a key that takes no new property (frozen): its values. */
const sealedKeys = new WeakMap<object, unknown[]>();

function derivedValues(key: object): unknown[] {
  const holder = key as Holder;
  let values = holder[DERIVED] ?? sealedKeys.get(key);
  if (values === undefined) {
    values = new Array<unknown>(memos);
    // Not enumerable: a key compared or serialised (deepStrictEqual, JSON) looks as before.
    if (Object.isExtensible(key)) Object.defineProperty(key, DERIVED, { value: values });
    else sealedKeys.set(key, values);
  }
  return values;
}
