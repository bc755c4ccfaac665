import { RE2JS } from 're2js';

/** Patterns compiled as Go's regexp package compiles them, shared by CRD validation and the CRD rules. */

const re2Cache = new Map<string, { ok: true; regexp: RE2JS } | { ok: false; reason: string }>();

/** Compiles a pattern as Go's regexp.Compile would, or says why RE2 refuses it. */
export function compileRe2(pattern: string): { ok: true; regexp: RE2JS } | { ok: false; reason: string } {
  let compiled = re2Cache.get(pattern);
  if (!compiled) {
    try {
      compiled = { ok: true, regexp: RE2JS.compile(pattern) };
    } catch (error) {
      compiled = { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    re2Cache.set(pattern, compiled);
  }
  return compiled;
}
