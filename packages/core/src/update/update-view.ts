/**
 * The one way the immutable-field rules compare an old and a new version of an object.
 *
 * The API server validates the object that results from applying the new manifest, not the
 * manifest itself. So the comparison is made between the old object and that result:
 *
 * - a field the new manifest does not mention keeps the old value (`kubectl apply` leaves it);
 * - a field the new manifest drops is removed only when the user set it before: it is in the
 *   last-applied configuration of a live object, or the old side is itself a plain manifest;
 * - lists with a strategic-merge key (containers and volumes by name, ports by number, ...) are
 *   merged entry by entry; other lists (tolerations, args, volumeClaimTemplates) are replaced;
 * - the old object is what the server stored, defaults filled in: a default stays as long as the
 *   manifests never mention the field, and is filled in afresh when a removal drops the field;
 * - the result is what validation sees after the REST storage and the strategy prepared it
 *   (`server-changes.ts`: allocated Service values kept, fields of a Service's old type cleared,
 *   a CertificateSigningRequest's stored spec and status kept).
 */
import type { UpdatePair } from '../model/resource.js';
import { formatPath, type FieldPath } from '../model/path.js';
import { asObject, asString, isObject, preview, type PlainObject } from '../model/values.js';
import { withServerDefaults } from './server-defaults.js';
import { admitOnCreate, prepareForUpdate } from './server-changes.js';
import { compareQuantities } from '../model/quantity.js';
import { lookupTable } from '../util/lookup-table.js';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Both sides of an update as the API server sees them. */
export interface UpdateView {
  readonly pair: UpdatePair;
  /** The old side came from the cluster (`kubectl get -o yaml`), not from a manifest. */
  readonly live: boolean;
  /** The old object with server defaults filled in (status kept: some rules depend on it). */
  readonly old: PlainObject;
  /** What the API server validates: the new manifest applied onto the old object, with defaults. */
  readonly next: PlainObject;
}

export interface Difference {
  /** From the object root; where the new value is (or the removed field was). */
  readonly path: FieldPath;
  readonly old: unknown;
  readonly new: unknown;
}

/**
 * Builds the view of one update. Rules get it through `context.updateView(pair)`, which builds it
 * once per pair and run however many immutable rules ask.
 */
export function buildUpdateView(pair: UpdatePair): UpdateView {
  const live = isLiveObject(pair.old.object);
  // The stored object: a live one as read, one created from a manifest with the server's defaults
  // and what admission sets on create.
  const stored = withServerDefaults(pair.old.kind, pair.old.object);
  // A custom resource may be called Pod too.
  const core = pair.old.group === '' && pair.new.group === '';
  if (!live && core) admitOnCreate(pair.old.kind, stored);
  const applied = live ? lastAppliedOf(pair.old.object) : pair.old.object;
  const merged = asObject(applyOnto(stored, pair.new.object, applied, undefined)) ?? {};
  const next = withServerDefaults(pair.new.kind, merged);
  if (pair.old.group === pair.new.group) prepareForUpdate(pair.new.group, pair.new.kind, next, stored);
  return { pair, live, old: stored, next };
}

/** An object read back from the API server carries fields only the server writes. */
export function isLiveObject(object: PlainObject): boolean {
  const metadata = asObject(object.metadata);
  if (!metadata) return false;
  const written = (value: unknown): boolean => (typeof value === 'string' && value !== '') || typeof value === 'number';
  return (
    written(metadata.resourceVersion) ||
    written(metadata.uid) ||
    written(metadata.creationTimestamp) ||
    Array.isArray(metadata.managedFields) ||
    asString(asObject(metadata.annotations)?.[LAST_APPLIED]) !== undefined
  );
}

/** The manifest `kubectl apply` recorded on a live object, if any. */
export function lastAppliedOf(object: PlainObject): PlainObject | undefined {
  const text = asString(asObject(asObject(object.metadata)?.annotations)?.[LAST_APPLIED]);
  if (text === undefined) return undefined;
  try {
    return asObject(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** Strategic-merge keys of the built-in lists that `kubectl apply` merges entry by entry. */
const MERGE_KEYS = lookupTable<readonly string[]>({
  containers: ['name'],
  initContainers: ['name'],
  ephemeralContainers: ['name'],
  volumes: ['name'],
  env: ['name'],
  imagePullSecrets: ['name'],
  resourceClaims: ['name'],
  schedulingGates: ['name'],
  volumeMounts: ['mountPath'],
  volumeDevices: ['devicePath'],
  hostAliases: ['ip'],
  topologySpreadConstraints: ['topologyKey'],
  // Container ports merge by containerPort, Service ports by port.
  ports: ['containerPort', 'port'],
});

/** Fields patched with `retainKeys` (a Deployment's strategy; each volume and resource claim): keys the manifest leaves out are cleared. */
const RETAIN_KEYS = new Set(['strategy', 'volumes', 'resourceClaims']);

function mergeKeyOf(listName: string | undefined, item: unknown): string | undefined {
  const keys = listName === undefined ? undefined : MERGE_KEYS[listName];
  if (!keys || !isObject(item)) return undefined;
  for (const key of keys) {
    const value = item[key];
    if (typeof value === 'string' || typeof value === 'number') return `${key}=${String(value)}`;
  }
  return undefined;
}

/**
 * The result of applying `manifest` onto `live`, where `applied` is what the user had applied
 * before (its fields that `manifest` drops are deleted). Explicit nulls delete, as in a patch.
 */
export function applyOnto(
  live: unknown,
  manifest: unknown,
  applied: unknown,
  listName: string | undefined,
  retainKeys = false,
): unknown {
  if (manifest === null) return undefined;
  if (isObject(manifest)) {
    if (!isObject(live)) return withoutNulls(manifest);
    const before = asObject(applied);
    const has = (object: PlainObject, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
    const entries: Array<[string, unknown]> = [];
    // patchStrategy retainKeys: what the manifest leaves out of such a struct is cleared.
    for (const key of new Set([...(retainKeys ? [] : Object.keys(live)), ...Object.keys(manifest)])) {
      if (!has(manifest, key)) {
        if (!before || !has(before, key)) entries.push([key, live[key]]);
        continue;
      }
      const merged = applyOnto(live[key], manifest[key], before?.[key], key, RETAIN_KEYS.has(key));
      if (merged !== undefined) entries.push([key, merged]);
    }
    return Object.fromEntries(entries);
  }
  if (Array.isArray(manifest)) {
    const keyed =
      Array.isArray(live) &&
      listName !== undefined &&
      MERGE_KEYS[listName] !== undefined &&
      manifest.every((item) => mergeKeyOf(listName, item) !== undefined);
    if (!keyed || !Array.isArray(live)) return manifest.map(withoutNulls);
    const liveByKey = new Map(live.map((item) => [mergeKeyOf(listName, item), item] as const));
    const appliedKeys = new Set(Array.isArray(applied) ? applied.map((item) => mergeKeyOf(listName, item)) : []);
    const appliedByKey = new Map(
      Array.isArray(applied) ? applied.map((item) => [mergeKeyOf(listName, item), item] as const) : [],
    );
    const manifestKeys = new Set(manifest.map((item) => mergeKeyOf(listName, item)));
    // Entries of the manifest keep its order (and so its indexes); entries only the server has follow.
    const out = manifest.map((item) => {
      const key = mergeKeyOf(listName, item);
      return applyOnto(
        liveByKey.get(key),
        item,
        appliedByKey.get(key),
        undefined,
        listName !== undefined && RETAIN_KEYS.has(listName),
      );
    });
    for (const item of live) {
      const key = mergeKeyOf(listName, item);
      if (key === undefined || (!manifestKeys.has(key) && !appliedKeys.has(key))) out.push(item);
    }
    return out;
  }
  return manifest;
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isObject(value)) return value;
  const out: PlainObject = {};
  for (const [key, item] of Object.entries(value)) if (item !== null) out[key] = withoutNulls(item);
  return out;
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

/** `spec.serviceName: "db" → "db-headless"`, for messages. */
export function describeDifference(difference: Difference): string {
  return `${formatPath(difference.path)}: ${preview(difference.old, 40)} → ${preview(difference.new, 40)}`;
}

/** `"db" → "db-headless"`, for messages. */
export function change(old: unknown, next: unknown): string {
  return `${preview(old, 40)} → ${preview(next, 40)}`;
}

export function valueAtPath(root: unknown, path: FieldPath): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof segment === 'number') current = Array.isArray(current) ? current[segment] : undefined;
    else current = isObject(current) ? current[segment] : undefined;
  }
  return current;
}

/** The old and new value at a path and whether they differ semantically. */
export function compareAt(view: UpdateView, path: FieldPath): Difference | undefined {
  const old = valueAtPath(view.old, path);
  const next = valueAtPath(view.next, path);
  return sameValue(old, next, path)
    ? undefined
    : { path, old: isUnset(old, path) ? undefined : old, new: isUnset(next, path) ? undefined : next };
}

/** Rules report at most this many differences of one object; the rest are summarised in the last. */
export const MAX_REPORTED_DIFFERENCES = 8;

/** Caps a list of differences, and says how many were left out. */
export function capped(list: readonly Difference[]): { shown: Difference[]; omitted: number } {
  if (list.length <= MAX_REPORTED_DIFFERENCES) return { shown: [...list], omitted: 0 };
  return { shown: list.slice(0, MAX_REPORTED_DIFFERENCES), omitted: list.length - MAX_REPORTED_DIFFERENCES };
}
