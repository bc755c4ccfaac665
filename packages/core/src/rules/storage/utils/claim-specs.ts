import type { FieldPath } from '../../../model/path.js';
import type { Resource } from '../../../model/resource.js';
import { asObject, objectEntries, type PlainObject } from '../../../model/values.js';

/** A PersistentVolumeClaim spec that ValidatePersistentVolumeClaimSpec checks: a claim's own, or a StatefulSet's claim template. */
export interface ClaimSpecSite {
  readonly spec: PlainObject;
  readonly path: FieldPath;
}

export function claimSpecsOf(resource: Resource): ClaimSpecSite[] {
  if (resource.group === '' && resource.kind === 'PersistentVolumeClaim') {
    const spec = asObject(resource.object.spec) ?? (resource.object.spec === undefined ? {} : undefined);
    return spec ? [{ spec, path: ['spec'] }] : [];
  }
  if (resource.group === 'apps' && resource.kind === 'StatefulSet') {
    const templates = objectEntries(asObject(resource.object.spec)?.volumeClaimTemplates);
    return templates.flatMap(([index, template]) => {
      const spec = asObject(template.spec) ?? (template.spec === undefined ? {} : undefined);
      return spec ? [{ spec, path: ['spec', 'volumeClaimTemplates', index, 'spec'] }] : [];
    });
  }
  return [];
}
