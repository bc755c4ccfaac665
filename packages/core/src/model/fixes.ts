import { closestMatch } from '../util/suggest.js';
import type { FieldPath } from './path.js';
import { sameIgnoringCase } from './values.js';

/** A fix described on the data: the engine turns it into text edits on the right spans. */
export interface FixIntent {
  description: string;
  /** Replace the scalar value at `path` (relative to the object root) with `value`. */
  replaceValues: Array<{ path: FieldPath; value: string | number | boolean }>;
  /** Rename the (plain, unquoted) key at `path` to `name`: a misspelt field with a "did you mean". */
  renameKeys?: Array<{ path: FieldPath; name: string }>;
}

/**
 * A value of a closed set written in another case than the API server accepts (`never`, `udp`),
 * or misspelt within a typo's distance (`DoNotSchedul`, the "did you mean" of messages): the
 * accepted spelling, and the quick fix that writes it. Anything further off needs the author's
 * judgement; --fix re-lints and refuses a rewrite that makes the file worse.
 */
export function caseFix(
  value: string,
  allowed: readonly string[],
  path: FieldPath,
  what: string,
): { value: string; fix: FixIntent } | undefined {
  const fixed =
    sameIgnoringCase(value, allowed) ?? closestMatch(value, allowed, Math.min(2, Math.floor(value.length / 4)));
  return fixed === undefined
    ? undefined
    : { value: fixed, fix: { description: `Change ${what} to ${fixed}`, replaceValues: [{ path, value: fixed }] } };
}
