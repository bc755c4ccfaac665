import { containersOf, describeContainer, type ContainerSite } from '../../../model/containers.js';
import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { asObject, type PlainObject } from '../../../model/values.js';
import { memoized } from '../../../util/memo.js';

/** One `resources` block of a container: its requests and limits as written (absent: empty). */
export interface RequirementsSite {
  readonly container: ContainerSite;
  /** `…containers[0].resources` */
  readonly path: FieldPath;
  readonly requests: PlainObject;
  readonly limits: PlainObject;
  /** How messages name the owner: `container "web"`. */
  readonly owner: string;
}

export const containerRequirements: (site: PodSpecSite) => readonly RequirementsSite[] = memoized(
  (site: PodSpecSite): RequirementsSite[] => {
    return containersOf(site).flatMap((container) => {
      const resources = asObject(container.container.resources);
      if (!resources) return [];
      return [
        {
          container,
          path: [...container.path, 'resources'],
          requests: asObject(resources.requests) ?? {},
          limits: asObject(resources.limits) ?? {},
          owner: describeContainer(container),
        },
      ];
    });
  },
);

/** helper.IsNativeResource: no domain, or a `kubernetes.io/` one. */
export function isNativeResource(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

export function isHugePagesResource(name: string): boolean {
  return name.startsWith('hugepages-');
}

/** helper.IsOvercommitAllowed: only native resources other than huge pages may request less than their limit. */
export function isOvercommitAllowed(name: string): boolean {
  return isNativeResource(name) && !isHugePagesResource(name);
}

/** A quantity as the message shows it: the text as written. */
export function quantityText(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}
