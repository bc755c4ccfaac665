import type { FieldPath } from './path.js';
import type { PodSpecSite } from './resource.js';
import { objectEntries, type PlainObject } from './values.js';

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

/** Every container of a pod spec, in the API server's visiting order; entries that are not objects are skipped. */
export function containersOf(site: PodSpecSite, lists: readonly ContainerList[] = LISTS): ContainerSite[] {
  const out: ContainerSite[] = [];
  for (const list of lists) {
    for (const [index, container] of objectEntries(site.spec[list])) {
      out.push({
        list,
        index,
        container,
        path: [...site.path, list, index],
        isSidecar: list === 'initContainers' && container.restartPolicy === 'Always',
      });
    }
  }
  return out;
}
