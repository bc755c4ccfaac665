import type { FixIntent } from '../../../engine/rule.js';
import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite } from '../../../model/resource.js';
import type { PlainObject } from '../../../model/values.js';
import { closestMatch } from '../../../util/suggest.js';
import { affinityTerms, type AffinityTermSite } from './affinity-terms.js';
import { DEPRECATED_NODE_LABELS, spreadConstraints, WELL_KNOWN_TOPOLOGY_KEYS } from './constraints.js';
import { labelKeyServerErrors } from '../../../schema/names.js';
import { lookupTable } from '../../../util/lookup-table.js';
import { memoized } from '../../../util/memo.js';

/** Keys people write for the well-known ones that are too far off for an edit-distance match. */
const KNOWN_MISSPELLINGS = lookupTable<string>({
  'kubernetes.io/host': 'kubernetes.io/hostname',
  'kubernetes.io/node': 'kubernetes.io/hostname',
  'topology.k8s.io/zone': 'topology.kubernetes.io/zone',
  'topology.k8s.io/region': 'topology.kubernetes.io/region',
  'failure-domain.kubernetes.io/zone': 'topology.kubernetes.io/zone',
  'failure-domain.kubernetes.io/region': 'topology.kubernetes.io/region',
  zone: 'topology.kubernetes.io/zone',
  zones: 'topology.kubernetes.io/zone',
  region: 'topology.kubernetes.io/region',
  hostname: 'kubernetes.io/hostname',
  host: 'kubernetes.io/hostname',
  node: 'kubernetes.io/hostname',
});

export type TopologyKeyKind =
  | { kind: 'well-known' | 'deprecated' | 'empty' }
  | { kind: 'invalid-syntax'; problems: string[] }
  | { kind: 'typo'; suggestion: string; reserved: boolean }
  | { kind: 'unknown' };

/**
 * Sorts a topologyKey for the three pitfall rules, so exactly one of them reports it. A key in
 * the kubernetes.io and k8s.io namespaces is reserved for Kubernetes itself, so a near miss there
 * cannot be a custom node label and is safe to correct automatically.
 */
export function classifyTopologyKey(key: string): TopologyKeyKind {
  if (key === '') return { kind: 'empty' };
  if (WELL_KNOWN_TOPOLOGY_KEYS.includes(key)) return { kind: 'well-known' };
  if (Object.prototype.hasOwnProperty.call(DEPRECATED_NODE_LABELS, key)) return { kind: 'deprecated' };
  const problems = labelKeyServerErrors(key);
  if (problems.length > 0) return { kind: 'invalid-syntax', problems };
  const suggestion = KNOWN_MISSPELLINGS[key] ?? closestMatch(key, WELL_KNOWN_TOPOLOGY_KEYS, 2);
  if (suggestion) return { kind: 'typo', suggestion, reserved: /(^|\.)(kubernetes\.io|k8s\.io)\//.test(key) };
  return { kind: 'unknown' };
}

/** A suggestion for a key with a syntax error: the closest well-known key, if any is near. */
export function nearestWellKnown(key: string): string | undefined {
  return KNOWN_MISSPELLINGS[key.trim().toLowerCase()] ?? closestMatch(key.trim(), WELL_KNOWN_TOPOLOGY_KEYS, 3);
}

/** A topologyKey written as a string, where it is, and what kind of key it is. */
export interface TopologyKeySite {
  readonly key: string;
  /** `…topologySpreadConstraints[0].topologyKey`, `…podAffinityTerm.topologyKey`. */
  readonly path: FieldPath;
  readonly kind: TopologyKeyKind;
}

function topologyKeyAt(owner: PlainObject, ownerPath: FieldPath): TopologyKeySite | undefined {
  const key = owner.topologyKey;
  return typeof key === 'string'
    ? { key, path: [...ownerPath, 'topologyKey'], kind: classifyTopologyKey(key) }
    : undefined;
}

export const spreadTopologyKeys: (site: PodSpecSite) => readonly TopologyKeySite[] = memoized(
  (site: PodSpecSite): TopologyKeySite[] => {
    return spreadConstraints(site).flatMap(({ constraint, path }) => topologyKeyAt(constraint, path) ?? []);
  },
);

export const affinityTopologyKeys: (
  site: PodSpecSite,
) => ReadonlyArray<TopologyKeySite & { readonly term: AffinityTermSite }> = memoized(
  (site: PodSpecSite): Array<TopologyKeySite & { readonly term: AffinityTermSite }> => {
    return affinityTerms(site).flatMap((term) => {
      const found = topologyKeyAt(term.term, term.path);
      return found ? [{ ...found, term }] : [];
    });
  },
);

/** The deprecation of a deprecated node label, in the API server's words, and the fix to its replacement if it has one. */
export function deprecation(found: TopologyKeySite): { text: string; fix: FixIntent | undefined } | undefined {
  const entry = found.kind.kind === 'deprecated' ? DEPRECATED_NODE_LABELS[found.key] : undefined;
  if (!entry) return undefined;
  const { replacement } = entry;
  return {
    text: entry.message,
    fix: replacement
      ? { description: `Use ${replacement}`, replaceValues: [{ path: found.path, value: replacement }] }
      : undefined,
  };
}

/**
 * A misspelt well-known key: the message data the typo rules share, and the fix, offered only in
 * the reserved namespaces where the key cannot be a custom node label.
 */
export function typo(
  found: TopologyKeySite,
): { data: { key: string; suggestion: string; advice: string }; fix: FixIntent | undefined } | undefined {
  const { kind, key, path } = found;
  if (kind.kind !== 'typo') return undefined;
  return {
    data: {
      key: JSON.stringify(key),
      suggestion: JSON.stringify(kind.suggestion),
      advice: kind.reserved
        ? ''
        : `; if ${JSON.stringify(key)} is a custom label your nodes carry, suppress this finding`,
    },
    fix: kind.reserved
      ? { description: `Use ${kind.suggestion}`, replaceValues: [{ path, value: kind.suggestion }] }
      : undefined,
  };
}
