import type { FieldPath } from '../../../model/path.js';
import type { Resource } from '../../../model/resource.js';
import { asObject, objectEntries, type PlainObject } from '../../../model/values.js';

export const CRD_VALIDATION = 'k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation';

/** The spec of an apiextensions.k8s.io CustomResourceDefinition (an absent spec reads as empty). */
export function crdSpec(resource: Resource): PlainObject | undefined {
  if (resource.group !== 'apiextensions.k8s.io' || resource.kind !== 'CustomResourceDefinition') return undefined;
  const spec = resource.object.spec;
  return asObject(spec) ?? (spec === undefined || spec === null ? {} : undefined);
}

/** One entry of spec.versions, where it is written. */
export interface CrdVersion {
  readonly version: PlainObject;
  readonly path: FieldPath;
}

export function crdVersions(spec: PlainObject): CrdVersion[] {
  return objectEntries(spec.versions).map(([index, version]) => ({ version, path: ['spec', 'versions', index] }));
}
