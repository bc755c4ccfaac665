import type { FieldPath } from '../../../model/path.js';
import type { Resource } from '../../../model/resource.js';
import { asObject, type PlainObject } from '../../../model/values.js';

/** A Job spec as validateJobSpec sees it: a Job's own, or the one in a CronJob's jobTemplate. */
export interface JobSpecSite {
  readonly spec: PlainObject;
  readonly path: FieldPath;
}

export function jobSpecOf(resource: Resource): JobSpecSite | undefined {
  if (resource.group !== 'batch') return undefined;
  if (resource.kind === 'Job') {
    const spec = asObject(resource.object.spec);
    return spec ? { spec, path: ['spec'] } : undefined;
  }
  if (resource.kind === 'CronJob') {
    const spec = asObject(asObject(asObject(resource.object.spec)?.jobTemplate)?.spec);
    return spec ? { spec, path: ['spec', 'jobTemplate', 'spec'] } : undefined;
  }
  return undefined;
}

/** completionMode after defaulting: NonIndexed when absent. */
export function isIndexed(spec: PlainObject): boolean {
  return spec.completionMode === 'Indexed';
}
