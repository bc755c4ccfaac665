import { type FieldPath, formatPath } from '../../../model/path.js';
import type { PodSpecSite, Resource } from '../../../model/resource.js';
import { podLabels } from '../../../model/selectors.js';
import { asNumber, asObject, objectEntries, type PlainObject } from '../../../model/values.js';
import { lookupTable } from '../../../util/lookup-table.js';
import { memoized } from '../../../util/memo.js';

export interface ConstraintSite {
  readonly index: number;
  readonly constraint: PlainObject;
  /** From the object root, e.g. `spec.template.spec.topologySpreadConstraints[1]`. */
  readonly path: FieldPath;
}

export const spreadConstraints: (site: PodSpecSite) => readonly ConstraintSite[] = memoized(
  (site: PodSpecSite): ConstraintSite[] => {
    return objectEntries(site.spec.topologySpreadConstraints).map(([index, constraint]) => ({
      index,
      constraint,
      path: [...site.path, 'topologySpreadConstraints', index],
    }));
  },
);

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
export const DEPRECATED_NODE_LABELS = lookupTable<{ message: string; replacement?: string }>({
  'beta.kubernetes.io/arch': {
    message: 'deprecated since v1.14; use "kubernetes.io/arch" instead',
    replacement: 'kubernetes.io/arch',
  },
  'beta.kubernetes.io/os': {
    message: 'deprecated since v1.14; use "kubernetes.io/os" instead',
    replacement: 'kubernetes.io/os',
  },
  'failure-domain.beta.kubernetes.io/region': {
    message: 'deprecated since v1.17; use "topology.kubernetes.io/region" instead',
    replacement: 'topology.kubernetes.io/region',
  },
  'failure-domain.beta.kubernetes.io/zone': {
    message: 'deprecated since v1.17; use "topology.kubernetes.io/zone" instead',
    replacement: 'topology.kubernetes.io/zone',
  },
  'beta.kubernetes.io/instance-type': {
    message: 'deprecated since v1.17; use "node.kubernetes.io/instance-type" instead',
    replacement: 'node.kubernetes.io/instance-type',
  },
  'app.kubernetes.io/created-by': { message: 'deprecated since v1.9' },
  'scheduler.alpha.kubernetes.io/preferAvoidPods': {
    message: 'deprecated since v1.22; use Taints and Tolerations instead',
  },
  'node-role.kubernetes.io/master': {
    message: 'use "node-role.kubernetes.io/control-plane" instead',
    replacement: 'node-role.kubernetes.io/control-plane',
  },
});

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
      return [
        'batch.kubernetes.io/controller-uid',
        'batch.kubernetes.io/job-name',
        'controller-uid',
        'job-name',
        'batch.kubernetes.io/job-completion-index',
      ];
    default:
      return [];
  }
}

/** `spec.replicas` when it is written; absent means "managed elsewhere" (often an autoscaler), so undefined. */
export function explicitReplicas(resource: Resource): number | undefined {
  if (!['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'].includes(resource.kind)) return undefined;
  return asNumber(asObject(resource.object.spec)?.replicas);
}

/** Keys of the labels the pods carry, the template's and those their controller adds. */
export function podLabelKeys(site: PodSpecSite, resource: Resource): Set<string> {
  return new Set([...Object.keys(podLabels(site)), ...controllerAddedLabels(resource)]);
}

/** The API server's warning for a spread constraint or affinity term without a labelSelector. */
export function nullSelectorWarning(selectorPath: FieldPath): string {
  return `${formatPath(selectorPath)}: a null labelSelector results in matching no pod`;
}
