import { containersOf, type ContainerSite } from '../../../model/containers.js';
import type { PodSpecSite, Resource } from '../../../model/resource.js';
import type { ServiceIndex } from '../../../model/selectors.js';
import { isObject } from '../../../model/values.js';
import { isLongRunningWorkload } from '../../../model/workloads.js';

/** The regular containers of a long-running workload's pods and which of them have no readiness probe. */
export interface WorkloadReadiness {
  readonly resource: Resource;
  readonly site: PodSpecSite;
  readonly containers: readonly ContainerSite[];
  readonly unprobed: readonly ContainerSite[];
  /** The first Service of the input that selects the pods, if any. */
  readonly service: Resource | undefined;
}

/** Worked out once per run for the rules that ask: the run's Service index is the key, its resources the check. */
const byRun = new WeakMap<ServiceIndex, { resources: readonly Resource[]; readiness: readonly WorkloadReadiness[] }>();

/** Shared by the rules of a run: treat it as read-only. */
export function workloadReadiness(
  resources: readonly Resource[],
  serviceIndex: ServiceIndex,
): readonly WorkloadReadiness[] {
  const known = byRun.get(serviceIndex);
  if (known?.resources === resources) return known.readiness;
  const readiness = resources.filter(isLongRunningWorkload).flatMap((resource) =>
    resource.podSpecs.map((site) => {
      const containers = containersOf(site, ['containers']);
      const unprobed = containers.filter((container) => !isObject(container.container.readinessProbe));
      return { resource, site, containers, unprobed, service: serviceIndex.selecting(resource, site)[0] };
    }),
  );
  byRun.set(serviceIndex, { resources, readiness });
  return readiness;
}
