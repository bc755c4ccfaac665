import type { FieldPath } from '../../model/path.js';
import type { PodSpecSite, Resource } from '../../model/resource.js';
import { asArray, asNumber, asObject, isObject, objectEntries, type PlainObject } from '../../model/values.js';

export interface ConstraintSite {
  readonly index: number;
  readonly constraint: PlainObject;
  /** From the object root, e.g. `spec.template.spec.topologySpreadConstraints[1]`. */
  readonly path: FieldPath;
}

export function spreadConstraints(site: PodSpecSite): ConstraintSite[] {
  return objectEntries(site.spec.topologySpreadConstraints).map(([index, constraint]) => ({ index, constraint, path: [...site.path, 'topologySpreadConstraints', index] }));
}

/** A string field as the Go decoder leaves it: absent and null are the empty string. */
export function stringField(object: PlainObject, field: string): string | undefined {
  const value = object[field];
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : undefined;
}

export const WHEN_UNSATISFIABLE = ['DoNotSchedule', 'ScheduleAnyway'] as const;
export const NODE_INCLUSION_POLICIES = ['Honor', 'Ignore'] as const;

/** Node labels the kubelet or the cloud provider sets on every node (kubernetes.io docs, well-known labels). */
export const WELL_KNOWN_TOPOLOGY_KEYS = [
  'kubernetes.io/hostname',
  'topology.kubernetes.io/zone',
  'topology.kubernetes.io/region',
  'node.kubernetes.io/instance-type',
  'kubernetes.io/os',
  'kubernetes.io/arch',
];

/** `deprecatedNodeLabels` of the API server (pkg/api/node/util.go): the text follows "<key> is ". */
export const DEPRECATED_NODE_LABELS: Readonly<Record<string, { message: string; replacement?: string }>> = {
  'beta.kubernetes.io/arch': { message: 'deprecated since v1.14; use "kubernetes.io/arch" instead', replacement: 'kubernetes.io/arch' },
  'beta.kubernetes.io/os': { message: 'deprecated since v1.14; use "kubernetes.io/os" instead', replacement: 'kubernetes.io/os' },
  'failure-domain.beta.kubernetes.io/region': { message: 'deprecated since v1.17; use "topology.kubernetes.io/region" instead', replacement: 'topology.kubernetes.io/region' },
  'failure-domain.beta.kubernetes.io/zone': { message: 'deprecated since v1.17; use "topology.kubernetes.io/zone" instead', replacement: 'topology.kubernetes.io/zone' },
  'beta.kubernetes.io/instance-type': { message: 'deprecated since v1.17; use "node.kubernetes.io/instance-type" instead', replacement: 'node.kubernetes.io/instance-type' },
  'app.kubernetes.io/created-by': { message: 'deprecated since v1.9' },
  'scheduler.alpha.kubernetes.io/preferAvoidPods': { message: 'deprecated since v1.22; use Taints and Tolerations instead' },
  'node-role.kubernetes.io/master': { message: 'use "node-role.kubernetes.io/control-plane" instead', replacement: 'node-role.kubernetes.io/control-plane' },
};

/** Labels a controller adds to the pods it creates, on top of the template's (their values are not known here). */
export function controllerAddedLabels(resource: Resource): string[] {
  switch (resource.kind) {
    case 'Deployment':
      return ['pod-template-hash'];
    case 'StatefulSet':
      return ['controller-revision-hash', 'statefulset.kubernetes.io/pod-name', 'apps.kubernetes.io/pod-index'];
    case 'DaemonSet':
      return ['controller-revision-hash', 'pod-template-generation'];
    case 'Job':
    case 'CronJob':
      return ['batch.kubernetes.io/controller-uid', 'batch.kubernetes.io/job-name', 'controller-uid', 'job-name', 'batch.kubernetes.io/job-completion-index'];
    default:
      return [];
  }
}

export function podLabels(site: PodSpecSite): PlainObject {
  return asObject(site.metadata?.labels) ?? {};
}

/** `spec.replicas` when it is written; absent means "managed elsewhere" (often an autoscaler), so undefined. */
export function explicitReplicas(resource: Resource): number | undefined {
  if (!['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'].includes(resource.kind)) return undefined;
  return asNumber(asObject(resource.object.spec)?.replicas);
}

/** The keys a label selector constrains: its matchLabels keys and each matchExpressions key, in order. */
export function selectorKeys(selector: PlainObject): { matchLabels: string[]; expressions: string[] } {
  const matchLabels = Object.keys(asObject(selector.matchLabels) ?? {});
  const expressions = asArray(selector.matchExpressions).flatMap((expression) => (isObject(expression) && typeof expression.key === 'string' ? [expression.key] : []));
  return { matchLabels, expressions };
}

/** The supported value that differs from `value` only in case, for a safe quick fix. */
export function sameIgnoringCase(value: string, supported: readonly string[]): string | undefined {
  return supported.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
}

export function quoteList(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** A field the Go decoder turns into a non-nil pointer: present and not `null`. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** `matchLabelKeys` entries with their index; entries that are not strings never get past the decoder. */
export function matchLabelKeysOf(constraint: PlainObject): Array<{ index: number; key: string }> {
  return asArray(constraint.matchLabelKeys).flatMap((key, index) => (typeof key === 'string' ? [{ index, key }] : []));
}

export interface Conflict {
  index: number;
  key: string;
  /** Only the API server's own merge of label keys into the selector creates the clash. */
  onlyAfterMerge: boolean;
}

/**
 * `ValidateMatchLabelKeysAndMismatchLabelKeys` after the Pod strategy's merge (1.34+ for spread
 * constraints, 1.31+ for pod affinity): each key the pod carries was appended to the selector as an
 * expression (`mergedKeys`, in order). Every expression whose key is in matchLabelKeys and already
 * constrained by matchLabels or an earlier expression is refused, at the key's last index in
 * matchLabelKeys.
 */
export function mergeConflicts(matchLabelKeys: Array<{ index: number; key: string }>, selector: PlainObject, mergedKeys: readonly string[]): Conflict[] {
  const lastIndex = new Map(matchLabelKeys.map(({ index, key }) => [key, index]));
  const { matchLabels, expressions } = selectorKeys(selector);
  const seen = new Set(matchLabels);
  const byIndex = new Map<number, Conflict>();
  const all = [...expressions.map((key) => ({ key, fromMerge: false })), ...mergedKeys.map((key) => ({ key, fromMerge: true }))];
  for (const expression of all) {
    const index = lastIndex.get(expression.key);
    if (index !== undefined && seen.has(expression.key)) {
      const previous = byIndex.get(index);
      byIndex.set(index, { index, key: expression.key, onlyAfterMerge: (previous?.onlyAfterMerge ?? true) && expression.fromMerge });
    }
    seen.add(expression.key);
  }
  return [...byIndex.values()];
}
