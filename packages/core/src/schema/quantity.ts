import type { FieldPath } from '../model/path.js';
import { preview } from '../model/values.js';
import { QUANTITY } from './ajv-setup.js';
import type { SchemaProblem } from './problems.js';

const BINARY_SUFFIXES = ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const DECIMAL_SUFFIXES = ['m', 'k', 'M', 'G', 'T', 'P', 'E'];

/**
 * The quantity the author most likely meant: a suffix with the wrong case (`1gi`, `500MI`), or a
 * byte unit (`1Gb`, `512MB`, `1GiB`) where Kubernetes wants `G`/`Gi`.
 */
export function suggestQuantity(text: string): { suggestions: string[]; caseOnly: boolean } {
  const match = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*([A-Za-z]+)\s*$/.exec(text);
  if (!match) return { suggestions: [], caseOnly: false };
  const number = match[1] ?? '';
  const suffix = match[2] ?? '';
  const caseFixed = [...BINARY_SUFFIXES, ...DECIMAL_SUFFIXES].filter(
    (candidate) => candidate.toLowerCase() === suffix.toLowerCase(),
  );
  // `m` (milli) and `M` (mega) differ only in case: never guess between them.
  if (caseFixed.length === 1) return { suggestions: [`${number}${caseFixed[0]}`], caseOnly: true };
  const letter = suffix.charAt(0).toUpperCase();
  if (/^[KMGTPE]$/.test(letter) && /^[kKmMgGtTpPeE]i?[bB]?$/.test(suffix)) {
    const decimal = letter === 'K' ? 'k' : letter;
    return { suggestions: [`${number}${letter}i`, `${number}${decimal}`], caseOnly: false };
  }
  return { suggestions: [], caseOnly: false };
}

export function quantityProblem(path: FieldPath, value: string, name: string): SchemaProblem {
  const { suggestions, caseOnly } = suggestQuantity(value);
  const valid = suggestions.filter((suggestion) => QUANTITY.test(suggestion));
  const hint = valid.length ? ` — did you mean ${valid.map((s) => `"${s}"`).join(' or ')}?` : '.';
  const message = `${name} ${preview(value)} is not a valid quantity (a number with an optional suffix: m, k, M, G, T, P, E, or Ki, Mi, Gi, Ti, Pi, Ei for powers of two)${hint} The API server cannot decode it and rejects the object`;
  const only = valid[0];
  if (caseOnly && only !== undefined)
    return {
      rule: 'format',
      path,
      message,
      fix: { description: `Change it to ${only}`, replaceValues: [{ path, value: only }] },
    };
  return { rule: 'format', path, message };
}
