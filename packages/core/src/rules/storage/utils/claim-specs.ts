import { POD_SPEC_KINDS } from '../../../model/kinds.js';
import type { FieldPath } from '../../../model/path.js';
import type { Resource } from '../../../model/resource.js';
import { asObject, objectEntries, type PlainObject } from '../../../model/values.js';
import { claimTemplateNames } from '../../../model/workloads.js';
import { memoized } from '../../../util/memo.js';

/**
 * A PersistentVolumeClaim spec that ValidatePersistentVolumeClaimSpec checks: a claim's own, a
 * StatefulSet's claim template, or the claim template of a pod's ephemeral volume
 * (validateEphemeralVolumeSource → ValidatePersistentVolumeClaimTemplate).
 */
export interface ClaimSpecSite {
  readonly spec: PlainObject;
  readonly path: FieldPath;
}

/** The kinds that can hold a claim spec: claims, and every kind with a pod spec (its ephemeral volumes). */
export const CLAIM_SPEC_KINDS: readonly string[] = ['PersistentVolumeClaim', ...POD_SPEC_KINDS];

/** Shared by the four claim rules, which would each walk every pod spec's volumes again: read-only. */
export const claimSpecsOf: (resource: Resource) => readonly ClaimSpecSite[] = memoized(claimSpecsIn);

function claimSpecsIn(resource: Resource): ClaimSpecSite[] {
  if (resource.group === '' && resource.kind === 'PersistentVolumeClaim') {
    const spec = specOf(resource.object);
    return spec ? [{ spec, path: ['spec'] }] : [];
  }
  const sites: ClaimSpecSite[] = [];
  if (resource.group === 'apps' && resource.kind === 'StatefulSet') {
    for (const [index, template] of objectEntries(asObject(resource.object.spec)?.volumeClaimTemplates)) {
      const spec = specOf(template);
      if (spec) sites.push({ spec, path: ['spec', 'volumeClaimTemplates', index, 'spec'] });
    }
  }
  if (resource.podSpecs.length > 0) sites.push(...ephemeralClaimSpecs(resource));
  return sites;
}

/** A missing spec is validated as an empty one; one of another type is schema/wrong-type's finding. */
function specOf(holder: PlainObject): PlainObject | undefined {
  return asObject(holder.spec) ?? (holder.spec === undefined ? {} : undefined);
}

function ephemeralClaimSpecs(resource: Resource): ClaimSpecSite[] {
  const sites: ClaimSpecSite[] = [];
  const replaced = claimTemplateNames(resource);
  for (const site of resource.podSpecs) {
    for (const [index, volume] of objectEntries(site.spec.volumes)) {
      // A StatefulSet's claim template replaces the template volume of the same name before validation.
      if (typeof volume.name === 'string' && replaced.includes(volume.name)) continue;
      // With a second source the API server validates only the first it finds (volumes/source-count).
      if (!Object.keys(volume).every((key) => key === 'name' || key === 'ephemeral' || volume[key] === null)) continue;
      const template = asObject(asObject(volume.ephemeral)?.volumeClaimTemplate);
      const spec = template && specOf(template);
      if (spec)
        sites.push({ spec, path: [...site.path, 'volumes', index, 'ephemeral', 'volumeClaimTemplate', 'spec'] });
    }
  }
  return sites;
}
