import type { PodSpecSite, Resource } from '../../../model/resource.js';
import { asObject, objectEntries } from '../../../model/values.js';

/**
 * The names of the volumes a pod spec's containers can mount. A StatefulSet's volumeClaimTemplates
 * are volumes of its pods too: the API server adds one per claim template before validating the
 * template (apps validation, volumesToAddForTemplates), replacing a template volume of the same name.
 */
export function mountableVolumeNames(site: PodSpecSite, resource: Resource): string[] {
  const names = objectEntries(site.spec.volumes).map(([, volume]) => volume.name);
  return [...names, ...claimTemplateNames(resource)].filter((name): name is string => typeof name === 'string');
}

export function claimTemplateNames(resource: Resource): string[] {
  if (resource.kind !== 'StatefulSet') return [];
  return objectEntries(asObject(resource.object.spec)?.volumeClaimTemplates)
    .map(([, template]) => asObject(template.metadata)?.name)
    .filter((name): name is string => typeof name === 'string');
}
