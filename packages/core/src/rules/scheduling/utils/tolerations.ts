import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { goString, objectEntries, type PlainObject } from '../../../model/values.js';
import { memoized } from '../../../util/memo.js';

export interface TolerationSite {
  readonly toleration: PlainObject;
  /** `spec.tolerations[1]` */
  readonly path: FieldPath;
  /** The string fields as the Go decoder leaves them: `''` when absent; `undefined` when not a string (schema/type's finding). */
  readonly key: string | undefined;
  readonly operator: string | undefined;
  readonly value: string | undefined;
  readonly effect: string | undefined;
}

export const tolerationsOf: (site: PodSpecSite) => readonly TolerationSite[] = memoized(
  (site: PodSpecSite): TolerationSite[] => {
    return objectEntries(site.spec.tolerations).map(([index, toleration]) => ({
      toleration,
      path: [...site.path, 'tolerations', index],
      key: goString(toleration.key),
      operator: goString(toleration.operator),
      value: goString(toleration.value),
      effect: goString(toleration.effect),
    }));
  },
);

/** How messages name a toleration: by its key, or by its index when it has none. */
export function describeToleration(site: TolerationSite): string {
  return site.key
    ? `the toleration of ${JSON.stringify(site.key)}`
    : `tolerations[${String(site.path[site.path.length - 1])}]`;
}

export const TOLERATION_SOURCE = {
  package: 'k8s.io/kubernetes/pkg/apis/core/validation',
  function: 'ValidateTolerations',
} as const;
