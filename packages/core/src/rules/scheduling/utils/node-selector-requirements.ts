import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { asObject, objectEntries, type PlainObject } from '../../../model/values.js';
import { memoized } from '../../../util/memo.js';

/** A requirement of a node affinity term: `matchExpressions` (node labels) or `matchFields` (node fields). */
export interface NodeRequirementSite {
  readonly requirement: PlainObject;
  readonly path: FieldPath;
  readonly kind: 'matchExpressions' | 'matchFields';
  /** Required terms check label values; preferred ones tolerate any value (ValidatePreferredSchedulingTerms). */
  readonly required: boolean;
}

export const NODE_AFFINITY_PATH = ['affinity', 'nodeAffinity'] as const;

function termRequirements(term: PlainObject, termPath: FieldPath, required: boolean): NodeRequirementSite[] {
  return (['matchExpressions', 'matchFields'] as const).flatMap((kind) =>
    objectEntries(term[kind]).map(([index, requirement]) => ({
      requirement,
      path: [...termPath, kind, index],
      kind,
      required,
    })),
  );
}

export function nodeAffinityOf(site: PodSpecSite): PlainObject | undefined {
  return asObject(asObject(site.spec.affinity)?.nodeAffinity);
}

export const nodeRequirementsOf: (site: PodSpecSite) => readonly NodeRequirementSite[] = memoized(
  (site: PodSpecSite): NodeRequirementSite[] => {
    const affinity = nodeAffinityOf(site);
    if (!affinity) return [];
    const basePath = [...site.path, ...NODE_AFFINITY_PATH];
    const requiredPath = [...basePath, 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'];
    const required = objectEntries(
      asObject(affinity.requiredDuringSchedulingIgnoredDuringExecution)?.nodeSelectorTerms,
    ).flatMap(([index, term]) => termRequirements(term, [...requiredPath, index], true));
    const preferredPath = [...basePath, 'preferredDuringSchedulingIgnoredDuringExecution'];
    const preferred = objectEntries(affinity.preferredDuringSchedulingIgnoredDuringExecution).flatMap(
      ([index, term]) => {
        const preference = asObject(term.preference);
        return preference ? termRequirements(preference, [...preferredPath, index, 'preference'], false) : [];
      },
    );
    return [...required, ...preferred];
  },
);

export const NODE_SELECTOR_SOURCE = 'k8s.io/kubernetes/pkg/apis/core/validation';
