/** Narrowing helpers for untrusted manifest values: rules must never throw on a wrong shape. */
export type PlainObject = Record<string, unknown>;

export function isObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asObject(value: unknown): PlainObject | undefined {
  return isObject(value) ? value : undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Entries of a list with their index, skipping entries that are not objects (nulls, scalars). */
export function objectEntries(value: unknown): Array<[number, PlainObject]> {
  const out: Array<[number, PlainObject]> = [];
  // A plain loop: rules call this for every pod spec, mostly on absent fields.
  if (!Array.isArray(value)) return out;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (isObject(item)) out.push([index, item]);
  }
  return out;
}

/** A short, single-line rendering of a value for messages ("old → new"). */
export function preview(value: unknown, max = 60): string {
  let text: string;
  if (value === undefined) text = '(unset)';
  else if (typeof value === 'string') text = JSON.stringify(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A field the Go decoder turns into a non-nil pointer: present and not `null`. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** A string field as the Go decoder leaves it: `''` when absent or null, `undefined` when it is not a string. */
export function goString(value: unknown): string | undefined {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : undefined;
}

/** The allowed value that `value` spells in another case (`never` → `Never`): the safe quick fix for a closed set. */
export function sameIgnoringCase(value: string, allowed: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  return allowed.find((candidate) => candidate !== value && candidate.toLowerCase() === lower);
}

/** `"TCP", "UDP", "SCTP"`: a closed set as the API server lists it in messages. */
export function quoteList(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}
