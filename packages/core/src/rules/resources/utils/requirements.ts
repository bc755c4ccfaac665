import { containersOf, describeContainer, type ContainerSite } from '../../../model/containers.js';
import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { asObject, type PlainObject } from '../../../model/values.js';
import { memoized } from '../../../util/memo.js';

/** One `resources` block of a container: its requests and limits as written (absent: empty). */
export interface RequirementsSite {
  /** Undefined for the pod-level block. */
  readonly container?: ContainerSite;
  /** `…containers[0].resources`, or the pod-level `…spec.resources` */
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

/**
 * The pod's own `resources` block (spec.resources), which validatePodResources checks with the same
 * validateResourceRequirements as a container's — from 1.34, when the PodLevelResources gate is on
 * by default; before, the API server drops the field. A Windows pod may not set it at all
 * (resources/pod-level-invalid), and then nothing inside it is checked.
 */
export const podLevelRequirements: (site: PodSpecSite) => RequirementsSite | undefined = memoized(
  (site: PodSpecSite): RequirementsSite | undefined => {
    const resources = asObject(site.spec.resources);
    if (!resources || asObject(site.spec.os)?.name === 'windows') return undefined;
    return {
      path: [...site.path, 'resources'],
      requests: asObject(resources.requests) ?? {},
      limits: asObject(resources.limits) ?? {},
      owner: 'the pod as a whole (spec.resources)',
    };
  },
);

/**
 * Whether the API server may fill in `name` in a bare Pod's pod-level block before validating it:
 * Pod defaulting (defaultPodRequests, defaultHugePagePodLimits) copies the containers' requests
 * (a container's limits count as its requests) and huge-page limits into a pod-level block that
 * sets something already. A pod template is not defaulted so. For the checks of what is missing
 * from the pod-level block, which would otherwise report a false error.
 */
export function podLevelMayBeDefaulted(site: PodSpecSite, name: string): boolean {
  if (site.isTemplate) return false;
  return containerRequirements(site).some(
    (requirements) =>
      Object.prototype.hasOwnProperty.call(requirements.requests, name) ||
      Object.prototype.hasOwnProperty.call(requirements.limits, name),
  );
}

/** Every `resources` block of a pod spec that validateResourceRequirements checks: the containers', then the pod's own if `podLevel`. */
export function requirementsOf(site: PodSpecSite, podLevel: boolean): readonly RequirementsSite[] {
  const containers = containerRequirements(site);
  const pod = podLevel ? podLevelRequirements(site) : undefined;
  return pod ? [...containers, pod] : containers;
}

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
