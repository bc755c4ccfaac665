import { isBuiltin, specOf } from '../../../model/builtin.js';
import type { Resource } from '../../../model/resource.js';
import { asArray, type PlainObject } from '../../../model/values.js';

/** The Go package whose checks the flowcontrol rules mirror. */
export const FLOWCONTROL_VALIDATION = 'k8s.io/kubernetes/pkg/apis/flowcontrol/validation';
/** Its declarative validation (`+k8s:` tags of the v1 types). */
export const FLOWCONTROL_DECLARATIVE = 'k8s.io/kubernetes/pkg/apis/flowcontrol/v1';

const GROUP = 'flowcontrol.apiserver.k8s.io';

/** A FlowSchema's spec, `{}` when absent (the API server validates the zero value). */
export function flowSchemaSpec(resource: Resource): PlainObject | undefined {
  if (!isBuiltin(resource, GROUP, ['FlowSchema'])) return undefined;
  return resource.object.spec === undefined || resource.object.spec === null ? {} : specOf(resource);
}

/** A PriorityLevelConfiguration's spec, `{}` when absent. */
export function priorityLevelSpec(resource: Resource): PlainObject | undefined {
  if (!isBuiltin(resource, GROUP, ['PriorityLevelConfiguration'])) return undefined;
  return resource.object.spec === undefined || resource.object.spec === null ? {} : specOf(resource);
}

/** A list of strings as the Go decoder reads `[]string` (null and absent are empty). */
export function stringList(value: unknown): string[] | undefined {
  const list = asArray(value);
  if (value !== undefined && value !== null && !Array.isArray(value)) return undefined;
  return list.every((item) => typeof item === 'string') ? (list as string[]) : undefined;
}

/** The concurrency-shares field of the request's version: v1beta1 and v1beta2 call it assuredConcurrencyShares. */
export function sharesField(resource: Resource): string {
  return resource.version === 'v1beta1' || resource.version === 'v1beta2'
    ? 'assuredConcurrencyShares'
    : 'nominalConcurrencyShares';
}
