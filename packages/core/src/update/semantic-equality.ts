/**
 * Equality as the API server's `apiequality.Semantic.DeepEqual` sees two decoded objects: a field
 * absent, null or at its Go zero value is the same as unset (except where the Go type is a pointer),
 * and quantities compare by value.
 */
import type { FieldPath } from '../model/path.js';
import { compareQuantities } from '../model/quantity.js';
import { isObject } from '../model/values.js';

export interface Difference {
  /** From the object root; where the new value is (or the removed field was). */
  readonly path: FieldPath;
  readonly old: unknown;
  readonly new: unknown;
}

/**
 * Fields whose Go type is a pointer: an explicit zero value (`false`, `0`, `""`) differs from an
 * absent field there. Everywhere else the decoder makes both the same zero value.
 */
const POINTER_FIELDS = new Set([
  'storageClassName',
  'loadBalancerClass',
  'runtimeClassName',
  'preemptionPolicy',
  'volumeAttributesClassName',
  'volumeMode',
  'activeDeadlineSeconds',
  'terminationGracePeriodSeconds',
  'replicas',
  'completions',
  'parallelism',
  'backoffLimit',
  'backoffLimitPerIndex',
  'maxFailedIndexes',
  'ttlSecondsAfterFinished',
  'suspend',
  'manualSelector',
  'managedBy',
  'privileged',
  'runAsNonRoot',
  'runAsUser',
  'runAsGroup',
  'fsGroup',
  'readOnlyRootFilesystem',
  'allowPrivilegeEscalation',
  'automountServiceAccountToken',
  'shareProcessNamespace',
  'enableServiceLinks',
  'setHostnameAsFQDN',
  'hostUsers',
  'optional',
  'defaultMode',
  'mode',
  'tolerationSeconds',
  'immutable',
  'allowVolumeExpansion',
  'reclaimPolicy',
  'volumeBindingMode',
  'attachRequired',
  'podInfoOnMount',
  'requiresRepublish',
  'storageCapacity',
  'seLinuxMount',
  'fsGroupPolicy',
  'healthCheckNodePort',
  'allocateLoadBalancerNodePorts',
  'ipFamilyPolicy',
  'internalTrafficPolicy',
  'minReadySeconds',
  'revisionHistoryLimit',
  'progressDeadlineSeconds',
  'completionMode',
  'podReplacementPolicy',
  // ObjectMeta's, in a StatefulSet's claim templates.
  'deletionGracePeriodSeconds',
  'priority',
]);

/**
 * Fields whose Go type is a pointer to a struct: `{}` decodes to a non-nil pointer, which
 * `apiequality.Semantic.DeepEqual` tells apart from an absent field (`dnsConfig: {}` changes a pod
 * spec). A name here means a pointer wherever the field occurs, except as `POINTER_STRUCT_ONLY_UNDER`
 * narrows it.
 */
const POINTER_STRUCT_FIELDS = new Set([
  'affinity',
  'nodeAffinity',
  'podAffinity',
  'podAntiAffinity',
  'requiredDuringSchedulingIgnoredDuringExecution',
  'dnsConfig',
  'os',
  'lifecycle',
  'postStart',
  'preStop',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
  'exec',
  'httpGet',
  'tcpSocket',
  'grpc',
  'sleep',
  'securityContext',
  'resources',
  'capabilities',
  'seLinuxOptions',
  'seccompProfile',
  'appArmorProfile',
  'windowsOptions',
  'selector',
  'namespaceSelector',
  'labelSelector',
  'podFailurePolicy',
  'successPolicy',
  'onExitCodes',
  'valueFrom',
  'configMapKeyRef',
  'secretKeyRef',
  'fieldRef',
  'resourceFieldRef',
  'configMapRef',
  'secretRef',
  'nodeStageSecretRef',
  'nodePublishSecretRef',
  'nodeExpandSecretRef',
  'controllerPublishSecretRef',
  'controllerExpandSecretRef',
  'claimRef',
  'persistentVolumeClaimRetentionPolicy',
  'ordinals',
  'sessionAffinityConfig',
  'clientIP',
  'capacity',
]);

/**
 * Names that are a pointer to a struct only in some places, keyed by where: the predicate gets the
 * path of the field. Elsewhere the field is a struct value (or a map), whose `{}` is the zero value.
 */
const POINTER_STRUCT_ONLY_UNDER: Readonly<Record<string, (path: FieldPath) => boolean>> = {
  // A container's securityContext is a pointer; the pod's is defaulted to `{}` (SetDefaults_PodSpec).
  securityContext: (path) => typeof path[path.length - 2] === 'number',
  // The pod-level resources are a pointer; a container's and a claim's are struct values.
  resources: (path) => isPodSpecPath(path.slice(0, -1)),
  // A label selector is a pointer (workloads, claims, affinity terms); a Service's and a
  // ReplicationController's selector is a map, whose `{}` equals an absent one.
  selector: (path) => path.length !== 2,
  // A resource.k8s.io request's capacity is a pointer; elsewhere `capacity` is a quantity map.
  capacity: (path) => path.includes('devices'),
};

/** `spec` of a Pod or `….template.spec` of a workload. */
function isPodSpecPath(path: FieldPath): boolean {
  if (path[path.length - 1] !== 'spec') return false;
  return path.length === 1 || path[path.length - 2] === 'template';
}

function isPointerStruct(path: FieldPath): boolean {
  const key = path[path.length - 1];
  if (typeof key !== 'string' || !POINTER_STRUCT_FIELDS.has(key)) return false;
  const parent = parentKey(path);
  if (parent !== undefined && MAP_FIELDS.has(parent)) return false;
  return POINTER_STRUCT_ONLY_UNDER[key]?.(path) ?? true;
}

/** Map-typed fields: their entries are data, so `""` or `0` in an entry is a value, not "unset". */
const MAP_FIELDS = new Set([
  'labels',
  'annotations',
  'data',
  'binaryData',
  'stringData',
  'nodeSelector',
  'matchLabels',
  'parameters',
  'requests',
  'limits',
  'capacity',
  'hard',
  'podFixed',
  'overhead',
  'volumeAttributes',
  'options',
  'attributes',
]);

const QUANTITY_MAPS = new Set(['requests', 'limits', 'capacity', 'hard', 'podFixed', 'overhead']);

function parentKey(path: FieldPath): string | undefined {
  const parent = path[path.length - 2];
  return typeof parent === 'string' ? parent : undefined;
}

/** Whether a value counts as "not set" at this path (absent, null, empty, or a non-pointer zero value). */
export function isUnset(value: unknown, path: FieldPath): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isObject(value))
    return !isPointerStruct(path) && Object.entries(value).every(([key, item]) => isUnset(item, [...path, key]));
  const key = path[path.length - 1];
  const parent = parentKey(path);
  if (typeof key !== 'string' || (parent !== undefined && MAP_FIELDS.has(parent)) || POINTER_FIELDS.has(key))
    return false;
  return value === false || value === 0 || value === '';
}

/** Semantic equality, as `apiequality.Semantic.DeepEqual` sees the decoded values. */
export function sameValue(a: unknown, b: unknown, path: FieldPath = []): boolean {
  const aUnset = isUnset(a, path);
  const bUnset = isUnset(b, path);
  if (aUnset || bUnset) return aUnset && bUnset;
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!sameValue(a[key], b[key], [...path, key])) return false;
    return true;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i], [...path, i]));
  }
  const parent = parentKey(path);
  if (parent !== undefined && QUANTITY_MAPS.has(parent)) {
    const order = compareQuantities(a, b);
    if (order !== undefined) return order === 0;
  }
  return a === b;
}

/**
 * Where two values differ, at the most precise paths: keys and list entries are compared one by
 * one (lists by index, as the API server's deep equality does); a shorter list is one difference.
 */
export function differences(old: unknown, next: unknown, path: FieldPath = [], out: Difference[] = []): Difference[] {
  if (sameValue(old, next, path)) return out;
  if (isObject(old) && isObject(next)) {
    const keys = [...new Set([...Object.keys(next), ...Object.keys(old)])];
    for (const key of keys) differences(old[key], next[key], [...path, key], out);
    return out;
  }
  if (Array.isArray(old) && Array.isArray(next) && old.length > 0 && next.length > 0) {
    const common = Math.min(old.length, next.length);
    for (let i = 0; i < common; i++) differences(old[i], next[i], [...path, i], out);
    for (let i = common; i < next.length; i++) out.push({ path: [...path, i], old: undefined, new: next[i] });
    if (old.length > next.length) out.push({ path, old, new: next });
    return out;
  }
  out.push({ path, old: isUnset(old, path) ? undefined : old, new: isUnset(next, path) ? undefined : next });
  return out;
}
