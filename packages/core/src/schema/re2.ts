import { RE2JS } from 're2js';
import { nativeEquivalent } from './re2-native.js';

/** Patterns compiled as Go's regexp package compiles them, shared by CRD validation and the CRD rules. */

/** What a compiled pattern does: search a text, as Go's MatchString. */
export interface Re2Matcher {
  test(input: string): boolean;
}

export type Re2Compiled = { ok: true; regexp: Re2Matcher } | { ok: false; reason: string };

const re2Cache = new Map<string, Re2Compiled>();

/**
 * Compiles a pattern as Go's regexp.Compile would, or says why RE2 refuses it. A plain pattern
 * (re2-native.ts) is V8's own RegExp, which matches it alike; the rest go through re2js.
 */
export function compileRe2(pattern: string): Re2Compiled {
  let compiled = re2Cache.get(pattern);
  if (!compiled) {
    compiled = compileUncached(pattern);
    re2Cache.set(pattern, compiled);
  }
  return compiled;
}

function compileUncached(pattern: string): Re2Compiled {
  const native = nativeEquivalent(pattern);
  if (native) return { ok: true, regexp: native };
  return compileWithRe2js(pattern);
}

/** re2js alone, for the patterns V8 might read otherwise (and for the tests that compare the two). */
export function compileWithRe2js(pattern: string): Re2Compiled {
  try {
    return { ok: true, regexp: RE2JS.compile(pattern) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
