/**
 * Variants: a base with one mutation (schema-driven or targeted), on the create path, or as an
 * update of the base. Drawn by a seeded random source, so a seed names the same variants.
 */
import { BASES, type Base, type PlainObject } from './bases.js';
import { areaOf } from './areas.js';
import { formatPath, operatorsFor, operatorsForLedgerFields, type Operator } from './mutate.js';
import type { Random } from './random.js';
import { podSpecPath, TARGETED, type TargetedMutation } from './targeted.js';

export interface Variant {
  id: number;
  base: string;
  kind: string;
  area: string;
  /** What was changed: `spec.replicas set to -1`. */
  change: string;
  text: string;
  /** The base, when the variant is an update of it. */
  oldText?: string;
  /** The change repeats a list item's key (see EXCEPTION_REASONS.duplicateOnApply). */
  duplicatesListItem?: boolean;
}

/** A draw: a base and one way to change it. */
interface Candidate {
  base: Base;
  area: string;
  operator?: Operator;
  targeted?: TargetedMutation;
}

/** Manifest text: JSON is YAML, and both podlint and the oracle read it. */
export function manifestText(object: PlainObject): string {
  return `${JSON.stringify(object, null, 2)}\n`;
}

/**
 * The manifest as kubectl sends it: it decodes the file and encodes the object again, compact and
 * with sorted keys. The oracle keeps a RawExtension's bytes as given (a ControllerRevision's
 * data), so on an update an indented one would differ from the stored one, which the three-way
 * merge re-encodes, and be refused as changed.
 */
export function sentText(text: string): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, sorted(item)]));
  };
  return `${JSON.stringify(sorted(JSON.parse(text)))}\n`;
}

/** The field names the schema walk reaches: a ledger field outside them needs a built path. */
export function reachedFields(bases: readonly Base[] = BASES): Set<string> {
  const names = new Set<string>();
  for (const base of bases) {
    for (const operator of operatorsFor(base.object)) {
      const last = operator.path.filter((segment) => typeof segment === 'string').pop();
      if (last) names.add(last);
    }
  }
  return names;
}

export function candidates(bases: readonly Base[] = BASES, ledgerFields?: ReadonlySet<string>): Candidate[] {
  const list: Candidate[] = [];
  const reached = ledgerFields ? reachedFields(bases) : new Set<string>();
  for (const base of bases) {
    const kind = String(base.object.kind);
    const operators = [
      ...operatorsFor(base.object),
      ...(ledgerFields ? operatorsForLedgerFields(base.object, ledgerFields, reached) : []),
    ];
    for (const operator of operators) list.push({ base, operator, area: areaOf(kind, formatPath(operator.path)) });
    for (const targeted of TARGETED) {
      if (!targeted.kinds.includes(base.name) && !targeted.kinds.includes(kind)) continue;
      const path = targeted.path.startsWith('pod:') ? podSpecPath(kind, targeted.path.slice(4)) : targeted.path;
      list.push({ base, targeted, area: areaOf(kind, path) });
    }
  }
  return list;
}

/** Update variants are this share of the draws: the base is the live object, the mutation the new manifest. */
const UPDATE_SHARE = 0.15;

export function drawVariants(
  count: number,
  random: Random,
  options: { area?: string; bases?: readonly Base[]; ledgerFields?: ReadonlySet<string> } = {},
): Variant[] {
  const pool = candidates(options.bases, options.ledgerFields).filter(
    (candidate) => !options.area || candidate.area === options.area,
  );
  if (pool.length === 0) return [];
  const seen = new Set<string>();
  const variants: Variant[] = [];
  // Values are drawn too, so repeated candidates give new variants; give up after enough repeats.
  for (let attempt = 0; variants.length < count && attempt < count * 20; attempt++) {
    const candidate = random.pick(pool);
    const object = structuredClone(candidate.base.object);
    let change: string;
    if (candidate.operator) change = candidate.operator.apply(object, random);
    else {
      candidate.targeted?.edit(object);
      change = candidate.targeted?.describe ?? '';
    }
    const update = random.next() < UPDATE_SHARE;
    const text = manifestText(object);
    const key = `${update ? 'u' : 'c'}${candidate.base.name}\u0000${text}`;
    const duplicates = candidate.operator
      ? candidate.operator.duplicatesListItem === true
      : candidate.targeted?.duplicatesListItem === true;
    if (seen.has(key)) continue;
    seen.add(key);
    variants.push({
      id: variants.length,
      base: candidate.base.name,
      kind: String(candidate.base.object.kind),
      area: candidate.area,
      change: update ? `update: ${change}` : change,
      text,
      ...(update ? { oldText: manifestText(candidate.base.object) } : {}),
      ...(duplicates ? { duplicatesListItem: true } : {}),
    });
  }
  return variants;
}
