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

export function workloadReadiness(resources: readonly Resource[], serviceIndex: ServiceIndex): WorkloadReadiness[] {
  return resources.filter(isLongRunningWorkload).flatMap((resource) =>
    resource.podSpecs.map((site) => {
      const containers = containersOf(site, ['containers']);
      const unprobed = containers.filter((container) => !isObject(container.container.readinessProbe));
      return { resource, site, containers, unprobed, service: serviceIndex.selecting(resource, site)[0] };
    }),
  );
}
