import type { FieldPath } from './path.js';
import { sameIgnoringCase } from './values.js';

/** A fix described on the data: the engine turns it into text edits on the right spans. */
export interface FixIntent {
  description: string;
  /** Replace the scalar value at `path` (relative to the object root) with `value`. */
  replaceValues: Array<{ path: FieldPath; value: string | number | boolean }>;
}

/**
 * A value of a closed set written in another case than the API server accepts (`never`,
 * `udp`): the accepted spelling, and the quick fix that writes it. Only a case change is a safe
 * rewrite; any other unsupported value needs the author's judgement.
 */
export function caseFix(value: string, allowed: readonly string[], path: FieldPath, what: string): { value: string; fix: FixIntent } | undefined {
  const fixed = sameIgnoringCase(value, allowed);
  return fixed === undefined ? undefined : { value: fixed, fix: { description: `Change ${what} to ${fixed}`, replaceValues: [{ path, value: fixed }] } };
}
