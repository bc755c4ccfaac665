import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { asObject, isObject, objectEntries, type PlainObject } from '../../../model/values.js';
import { memoized } from '../../../util/memo.js';

export interface AffinityTermSite {
  /** The PodAffinityTerm; `{}` when a weighted entry has none (the API server sees the zero value). */
  readonly term: PlainObject;
  /** From the object root, e.g. `spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm`. */
  readonly path: FieldPath;
  readonly kind: 'podAffinity' | 'podAntiAffinity';
  /** Set for entries of preferredDuringSchedulingIgnoredDuringExecution. */
  readonly weighted?: { readonly entry: PlainObject; readonly path: FieldPath };
}

/** Every pod (anti-)affinity term of a pod spec, required and preferred, in the API server's order. */
export const affinityTerms: (site: PodSpecSite) => readonly AffinityTermSite[] = memoized(
  (site: PodSpecSite): AffinityTermSite[] => {
    const out: AffinityTermSite[] = [];
    const affinity = asObject(site.spec.affinity);
    for (const kind of ['podAffinity', 'podAntiAffinity'] as const) {
      const block = asObject(affinity?.[kind]);
      if (!block) continue;
      const base = [...site.path, 'affinity', kind];
      for (const [index, term] of objectEntries(block.requiredDuringSchedulingIgnoredDuringExecution)) {
        out.push({ term, path: [...base, 'requiredDuringSchedulingIgnoredDuringExecution', index], kind });
      }
      for (const [index, entry] of objectEntries(block.preferredDuringSchedulingIgnoredDuringExecution)) {
        const entryPath = [...base, 'preferredDuringSchedulingIgnoredDuringExecution', index];
        const term = isObject(entry.podAffinityTerm) ? entry.podAffinityTerm : {};
        out.push({ term, path: [...entryPath, 'podAffinityTerm'], kind, weighted: { entry, path: entryPath } });
      }
    }
    return out;
  },
);

export function describeTerm(site: AffinityTermSite): string {
  return `this ${site.weighted ? 'preferred' : 'required'} ${site.kind === 'podAffinity' ? 'pod affinity' : 'pod anti-affinity'} term`;
}

/** `MatchLabelKeysInPodAffinity`: alpha (off, fields dropped) in 1.29–1.30, beta 1.31–1.32, GA 1.33. */
export const AFFINITY_LABEL_KEYS_SINCE = '1.31' as const;
