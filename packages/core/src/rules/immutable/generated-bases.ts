/**
 * Base objects for the generated update pairs: one valid object per covered kind, and for each
 * the catalogue's immutable fields and a few allowed changes, as edits applied one at a time.
 */
import type { PlainObject } from '../../model/values.js';

export type Edit = (object: PlainObject) => void;

export interface Mutation {
  name: string;
  edit: Edit;
  /** A known, explained difference between podlint and the oracle (podlint's verdict is asserted). */
  disagreement?: { podlint: 'error' | 'silent'; reason: string };
}

export interface Base {
  name: string;
  object: PlainObject;
  mutations: Mutation[];
}

/** Sets (or, with `undefined`, removes) the value at a dotted path; numbers index lists. */
export function set(path: string, value: unknown): Edit {
  return (object) => {
    const segments = path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    let current: unknown = object;
    for (let i = 0; i < segments.length - 1; i++) {
      const segment = segments[i] as string | number;
      const container = current as Record<string | number, unknown>;
      if (container[segment] === undefined) container[segment] = typeof segments[i + 1] === 'number' ? [] : {};
      current = container[segment];
    }
    const last = segments[segments.length - 1] as string | number;
    const container = current as Record<string | number, unknown>;
    if (value === undefined) Reflect.deleteProperty(container, last);
    else container[last] = value;
  };
}

function all(...edits: Edit[]): Edit {
  return (object) => edits.forEach((edit) => edit(object));
}

const container = (name: string, image: string): PlainObject => ({ name, image });
const podTemplate = (labels: PlainObject, extra: PlainObject = {}): PlainObject => ({
  metadata: { labels },
  spec: { containers: [container('app', 'example/app:1.0')], ...extra },
});

const pod: Base = {
  name: 'Pod',
  object: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ ...container('app', 'nginx:1.27'), env: [{ name: 'MODE', value: 'blue' }], ports: [{ containerPort: 8080 }] }], tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'web', effect: 'NoSchedule' }] } },
  mutations: [
    { name: 'image (allowed)', edit: set('spec.containers.0.image', 'nginx:1.28') },
    { name: 'labels (allowed)', edit: set('metadata.labels', { tier: 'web' }) },
    { name: 'activeDeadlineSeconds set (allowed)', edit: set('spec.activeDeadlineSeconds', 600) },
    { name: 'toleration appended (allowed)', edit: set('spec.tolerations.1', { key: 'spot', operator: 'Exists', effect: 'NoSchedule' }) },
    { name: 'env value', edit: set('spec.containers.0.env.0.value', 'green') },
    { name: 'command', edit: set('spec.containers.0.command', ['nginx', '-g', 'daemon off;']) },
    { name: 'container port', edit: set('spec.containers.0.ports.0.containerPort', 8081) },
    { name: 'container added', edit: set('spec.containers.1', container('sidecar', 'busybox:1.36')) },
    { name: 'toleration removed', edit: set('spec.tolerations', undefined) },
    { name: 'toleration value changed', edit: set('spec.tolerations.0.value', 'api') },
    { name: 'restartPolicy', edit: set('spec.restartPolicy', 'OnFailure') },
    { name: 'serviceAccountName', edit: set('spec.serviceAccountName', 'web') },
    { name: 'nodeSelector added', edit: set('spec.nodeSelector', { disk: 'ssd' }) },
    { name: 'cpu request', edit: set('spec.containers.0.resources', { requests: { cpu: '250m' } }) },
    { name: 'volume added', edit: set('spec.volumes', [{ name: 'cache', emptyDir: {} }]) },
    { name: 'scheduling gate added', edit: set('spec.schedulingGates', [{ name: 'example.com/quota' }]) },
    { name: 'dnsPolicy', edit: set('spec.dnsPolicy', 'Default') },
    { name: 'terminationGracePeriodSeconds', edit: set('spec.terminationGracePeriodSeconds', 60) },
    { name: 'runAsNonRoot', edit: set('spec.securityContext', { runAsNonRoot: true }) },
    { name: 'mirror annotation added (with the node it needs)', edit: (object) => { set('metadata.annotations', { 'kubernetes.io/config.mirror': 'abc' })(object); set('spec.nodeName', 'node-a')(object); } },
  ],
};

const selectorWorkload = (kind: string, extraSpec: PlainObject = {}): Base => ({
  name: kind,
  object: { apiVersion: 'apps/v1', kind, metadata: { name: 'api' }, spec: { selector: { matchLabels: { app: 'api' } }, template: podTemplate({ app: 'api' }), ...extraSpec } },
  mutations: [
    { name: 'selector label added', edit: all(set('spec.selector.matchLabels.tier', 'web'), set('spec.template.metadata.labels.tier', 'web')) },
    { name: 'selector expression added', edit: all(set('spec.selector.matchExpressions', [{ key: 'tier', operator: 'In', values: ['web'] }]), set('spec.template.metadata.labels.tier', 'web')) },
    { name: 'template image (allowed)', edit: set('spec.template.spec.containers.0.image', 'example/app:2.0') },
    { name: 'template label added (allowed)', edit: set('spec.template.metadata.labels.tier', 'web') },
    { name: 'minReadySeconds (allowed)', edit: set('spec.minReadySeconds', 5) },
    ...(kind === 'DaemonSet' ? [{ name: 'updateStrategy (allowed)', edit: set('spec.updateStrategy', { type: 'OnDelete' }) }] : [{ name: 'replicas (allowed)', edit: set('spec.replicas', 4) }]),
    ...(kind === 'Deployment'
      ? [
          { name: 'strategy Recreate, retainKeys clears the stored rollingUpdate (allowed)', edit: set('spec.strategy', { type: 'Recreate' }) },
          { name: 'strategy Recreate with rollingUpdate cleared (allowed)', edit: set('spec.strategy', { type: 'Recreate', rollingUpdate: null }) },
        ]
      : []),
  ],
});

const claimTemplate = { metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } } };
const statefulSet: Base = {
  name: 'StatefulSet',
  object: { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' }, spec: { serviceName: 'db', selector: { matchLabels: { app: 'db' } }, template: podTemplate({ app: 'db' }), volumeClaimTemplates: [claimTemplate] } },
  mutations: [
    { name: 'serviceName', edit: set('spec.serviceName', 'db-headless') },
    { name: 'podManagementPolicy', edit: set('spec.podManagementPolicy', 'Parallel') },
    { name: 'selector', edit: all(set('spec.selector.matchLabels.tier', 'db'), set('spec.template.metadata.labels.tier', 'db')) },
    { name: 'volume claim template storage', edit: set('spec.volumeClaimTemplates.0.spec.resources.requests.storage', '20Gi') },
    { name: 'volume claim template access mode', edit: set('spec.volumeClaimTemplates.0.spec.accessModes', ['ReadWriteOncePod']) },
    { name: 'volume claim template storage class', edit: set('spec.volumeClaimTemplates.0.spec.storageClassName', 'fast') },
    { name: 'volume claim template added', edit: set('spec.volumeClaimTemplates.1', { metadata: { name: 'logs' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }) },
    { name: 'replicas (allowed)', edit: set('spec.replicas', 3) },
    { name: 'template image (allowed)', edit: set('spec.template.spec.containers.0.image', 'example/app:2.0') },
    { name: 'updateStrategy OnDelete, stored rollingUpdate left in place', edit: set('spec.updateStrategy', { type: 'OnDelete' }) },
    { name: 'updateStrategy OnDelete with rollingUpdate cleared (allowed)', edit: set('spec.updateStrategy', { type: 'OnDelete', rollingUpdate: null }) },
    { name: 'revisionHistoryLimit (allowed)', edit: set('spec.revisionHistoryLimit', 3) },
    { name: 'minReadySeconds (allowed)', edit: set('spec.minReadySeconds', 10) },
    { name: 'persistentVolumeClaimRetentionPolicy (allowed)', edit: set('spec.persistentVolumeClaimRetentionPolicy', { whenDeleted: 'Delete', whenScaled: 'Retain' }) },
    { name: 'ordinals (allowed)', edit: set('spec.ordinals', { start: 1 }) },
  ],
};

const jobTemplate = { spec: { restartPolicy: 'Never', containers: [container('migrate', 'example/migrate:1')] } };
const job = (suspend: boolean): Base => ({
  name: suspend ? 'Job (suspended)' : 'Job',
  object: { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'migrate' }, spec: { ...(suspend ? { suspend: true } : {}), template: structuredClone(jobTemplate) } },
  mutations: suspend
    ? [
        { name: 'template nodeSelector (allowed while suspended)', edit: set('spec.template.spec.nodeSelector', { pool: 'batch' }) },
        { name: 'template tolerations (allowed while suspended)', edit: set('spec.template.spec.tolerations', [{ key: 'batch', operator: 'Exists' }]) },
        { name: 'template labels (allowed while suspended)', edit: set('spec.template.metadata', { labels: { run: 'nightly' } }) },
        { name: 'template resources (allowed while suspended)', edit: set('spec.template.spec.containers.0.resources', { requests: { cpu: '1' } }) },
        { name: 'template image', edit: set('spec.template.spec.containers.0.image', 'example/migrate:2') },
        { name: 'template pod affinity', edit: set('spec.template.spec.affinity', { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'db' } }, topologyKey: 'kubernetes.io/hostname' }] } }) },
        { name: 'unsuspend (allowed)', edit: set('spec.suspend', false) },
      ]
    : [
        { name: 'parallelism (allowed)', edit: set('spec.parallelism', 3) },
        { name: 'activeDeadlineSeconds (allowed)', edit: set('spec.activeDeadlineSeconds', 900) },
        { name: 'backoffLimit (allowed)', edit: set('spec.backoffLimit', 2) },
        { name: 'ttlSecondsAfterFinished (allowed)', edit: set('spec.ttlSecondsAfterFinished', 600) },
        { name: 'suspend (allowed)', edit: set('spec.suspend', true) },
        { name: 'completions', edit: set('spec.completions', 3) },
        { name: 'completionMode', edit: all(set('spec.completionMode', 'Indexed'), set('spec.completions', 1)) },
        { name: 'podFailurePolicy', edit: set('spec.podFailurePolicy', { rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [42] } }] }) },
        { name: 'managedBy', edit: set('spec.managedBy', 'example.com/queue') },
        { name: 'template image', edit: set('spec.template.spec.containers.0.image', 'example/migrate:2') },
        { name: 'template nodeSelector', edit: set('spec.template.spec.nodeSelector', { pool: 'batch' }) },
        { name: 'template env', edit: set('spec.template.spec.containers.0.env', [{ name: 'DRY_RUN', value: 'true' }]) },
      ],
});

const service: Base = {
  name: 'Service',
  object: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'api' }, spec: { ports: [{ port: 80, targetPort: 8080 }], selector: { app: 'api' } } },
  mutations: [
    { name: 'made headless', edit: set('spec.clusterIP', 'None') },
    { name: 'type NodePort (allowed)', edit: set('spec.type', 'NodePort') },
    { name: 'ports (allowed)', edit: set('spec.ports', [{ name: 'http', port: 80, targetPort: 8080 }, { name: 'https', port: 443, targetPort: 8443 }]) },
    { name: 'selector (allowed)', edit: set('spec.selector', { app: 'api', track: 'stable' }) },
    { name: 'sessionAffinity (allowed)', edit: set('spec.sessionAffinity', 'ClientIP') },
    { name: 'ExternalName (allowed)', edit: (object) => { object.spec = { type: 'ExternalName', externalName: 'api.example.com' }; } },
  ],
};

const loadBalancer: Base = {
  name: 'Service (LoadBalancer)',
  object: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'lb' }, spec: { type: 'LoadBalancer', loadBalancerClass: 'example.com/lb-a', ports: [{ port: 80 }], selector: { app: 'lb' } } },
  mutations: [
    { name: 'loadBalancerClass', edit: set('spec.loadBalancerClass', 'example.com/lb-b') },
    { name: 'loadBalancerClass removed', edit: set('spec.loadBalancerClass', undefined) },
    { name: 'externalTrafficPolicy (allowed)', edit: set('spec.externalTrafficPolicy', 'Local') },
    { name: 'loadBalancerSourceRanges (allowed)', edit: set('spec.loadBalancerSourceRanges', ['10.0.0.0/8']) },
  ],
};

export const BASES: readonly Base[] = [pod, selectorWorkload('Deployment'), selectorWorkload('ReplicaSet'), selectorWorkload('DaemonSet'), statefulSet, job(false), job(true), service, loadBalancer];
