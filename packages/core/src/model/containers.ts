import type { FieldPath } from './path.js';
import type { PodSpecSite } from './resource.js';
import { isObject, type PlainObject } from './values.js';
import { memoized } from '../util/memo.js';

export type ContainerList = 'initContainers' | 'containers' | 'ephemeralContainers';

export interface ContainerSite {
  readonly list: ContainerList;
  readonly index: number;
  readonly container: PlainObject;
  /** From the object root: `spec.template.spec.containers[1]`. */
  readonly path: FieldPath;
  /** An init container with `restartPolicy: Always` runs beside the app containers for the pod's life. */
  readonly isSidecar: boolean;
}

const LISTS: readonly ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers'];

/**
 * The containers of each pod spec, built once: about a hundred rules ask for them, and building
 * them (a path array per container) for every rule was the engine's largest allocation.
 */
const allContainers = memoized((site: PodSpecSite): readonly ContainerSite[] => {
  const built: ContainerSite[] = [];
  for (let at = 0; at < LISTS.length; at++) {
    const list = LISTS[at] as ContainerList;
    const entries = site.spec[list];
    if (!Array.isArray(entries)) continue;
    for (let index = 0; index < entries.length; index++) {
      const container: unknown = entries[index];
      if (!isObject(container)) continue;
      built.push({
        list,
        index,
        container,
        path: [...site.path, list, index],
        isSidecar: list === 'initContainers' && container.restartPolicy === 'Always',
      });
    }
  }
  return built;
});

/** Every container of a pod spec, in the API server's visiting order; entries that are not objects are skipped. */
export function containersOf(site: PodSpecSite, lists: readonly ContainerList[] = LISTS): readonly ContainerSite[] {
  const all = allContainers(site);
  // Shared, not copied: a hundred rules ask per pod spec, and none changes it (the type says so).
  if (lists === LISTS) return all;
  // In the order `lists` names them, as before. Indexed: rules ask per pod spec, mostly before V8
  // optimizes this, where for…of allocates per step.
  const chosen: ContainerSite[] = [];
  for (let at = 0; at < lists.length; at++)
    for (let index = 0; index < all.length; index++) {
      const container = all[index] as ContainerSite;
      if (container.list === lists[at]) chosen.push(container);
    }
  return chosen;
}

/**
 * Containers that run beside the app for the pod's life: regular ones and sidecars. They are the
 * ones that serve traffic and whose probes and lifecycle hooks the API server validates; on other
 * init containers and on ephemeral containers those fields are Forbidden outright.
 */
export const servingContainers: (site: PodSpecSite) => readonly ContainerSite[] = memoized((site: PodSpecSite) =>
  containersOf(site, ['initContainers', 'containers']).filter(
    (container) => container.list === 'containers' || container.isSidecar,
  ),
);

const ROLE: Readonly<Record<ContainerList, string>> = {
  containers: 'container',
  initContainers: 'init container',
  ephemeralContainers: 'ephemeral container',
};

/** How messages name a container: `container "web"`, `sidecar "proxy"`, or `initContainers[1]` when it has no name. */
export function describeContainer(container: ContainerSite): string {
  const name = container.container.name;
  if (typeof name !== 'string' || name === '') return `${container.list}[${container.index}]`;
  return `${container.isSidecar ? 'sidecar' : ROLE[container.list]} "${name}"`;
}

/**
 * Fields of ephemeral containers that the API server's allow-list refuses (`cannot be set for an
 * Ephemeral Container`), as they are written: even an empty list is refused, it is not the zero value.
 */
export function setOnEphemeralContainers(
  site: PodSpecSite,
  fields: readonly string[],
): Array<{ container: ContainerSite; field: string; value: unknown; path: FieldPath }> {
  return containersOf(site, ['ephemeralContainers']).flatMap((container) =>
    fields.flatMap((field) => {
      const value = container.container[field];
      return value === undefined || value === null
        ? []
        : [{ container, field, value, path: [...container.path, field] }];
    }),
  );
}
