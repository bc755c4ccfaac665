import type { PodSpecSite, Resource } from '../../../model/resource.js';
import { objectEntries } from '../../../model/values.js';
import { claimTemplateNames } from '../../../model/workloads.js';

/** The names of the volumes a pod spec's containers can mount: a StatefulSet's claim templates are volumes of its pods too. */
export function mountableVolumeNames(site: PodSpecSite, resource: Resource): string[] {
  const names = objectEntries(site.spec.volumes).map(([, volume]) => volume.name);
  return [...names, ...claimTemplateNames(resource)].filter((name): name is string => typeof name === 'string');
}
