import { containersOf, describeContainer } from '../../../model/containers.js';
import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { asObject, type PlainObject } from '../../../model/values.js';
import { memoized } from '../../../util/memo.js';

/** A container as the standards' checks see it: its security context (possibly empty) and where it is written. */
export interface CheckedContainer {
  readonly securityContext: PlainObject;
  /** `…containers[0].securityContext` */
  readonly path: FieldPath;
  readonly name: string;
}

/** Every container (init, regular, ephemeral), in PodSecurity's visiting order. */
export const checkedContainers: (site: PodSpecSite) => readonly CheckedContainer[] = memoized(
  (site: PodSpecSite): CheckedContainer[] => {
    return containersOf(site).map((container) => ({
      securityContext: asObject(container.container.securityContext) ?? {},
      path: [...container.path, 'securityContext'],
      name: describeContainer(container),
    }));
  },
);

export function podSecurityContext(site: PodSpecSite): { securityContext: PlainObject; path: FieldPath } {
  return { securityContext: asObject(site.spec.securityContext) ?? {}, path: [...site.path, 'securityContext'] };
}

/** From 1.25, the restricted checks that do not apply to Windows skip pods with os.name windows. */
export function isWindowsPod(site: PodSpecSite, minor: number): boolean {
  return minor >= 25 && asObject(site.spec.os)?.name === 'windows';
}

/** From 1.35, runAsNonRoot, runAsUser and the baseline procMount check relax for pods in a user namespace. */
export function inUserNamespace(site: PodSpecSite, minor: number): boolean {
  return minor >= 35 && site.spec.hostUsers === false;
}
