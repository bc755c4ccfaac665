/** More bases for the generated update pairs: storage, configuration, RBAC and cluster-scoped kinds. */
import { set, type Base } from './generated-bases.js';

const claim: Base = {
  name: 'PersistentVolumeClaim',
  object: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } } },
  mutations: [
    { name: 'accessModes', edit: set('spec.accessModes', ['ReadWriteMany']) },
    { name: 'storage shrinks', edit: set('spec.resources.requests.storage', '5Gi') },
    { name: 'storage limit added', edit: set('spec.resources.limits', { storage: '20Gi' }) },
    { name: 'volumeMode', edit: set('spec.volumeMode', 'Block') },
    { name: 'selector added', edit: set('spec.selector', { matchLabels: { tier: 'gold' } }) },
    { name: 'storageClassName set where unset (allowed)', edit: set('spec.storageClassName', 'standard') },
    { name: 'volumeName set once (allowed)', edit: set('spec.volumeName', 'pv-data') },
    { name: 'labels (allowed)', edit: set('metadata.labels', { team: 'shop' }) },
    {
      name: 'storage grows',
      edit: set('spec.resources.requests.storage', '20Gi'),
      disagreement: { podlint: 'silent', reason: 'podlint assumes a claim whose old version is a manifest is Bound; the oracle creates it unbound' },
    },
  ],
};

const classedClaim: Base = {
  name: 'PersistentVolumeClaim (with class)',
  object: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'logs' }, spec: { storageClassName: 'standard', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } },
  mutations: [
    { name: 'storageClassName changes', edit: set('spec.storageClassName', 'fast') },
    { name: 'storageClassName emptied', edit: set('spec.storageClassName', '') },
  ],
};

const volume: Base = {
  name: 'PersistentVolume',
  object: { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv-a' }, spec: { capacity: { storage: '10Gi' }, accessModes: ['ReadWriteOnce'], nfs: { server: 'nfs1.example.com', path: '/exports/a' } } },
  mutations: [
    { name: 'nfs server', edit: set('spec.nfs.server', 'nfs2.example.com') },
    { name: 'nfs path', edit: set('spec.nfs.path', '/exports/b') },
    { name: 'volumeMode', edit: set('spec.volumeMode', 'Block') },
    { name: 'capacity (allowed)', edit: set('spec.capacity.storage', '20Gi') },
    { name: 'reclaim policy (allowed)', edit: set('spec.persistentVolumeReclaimPolicy', 'Delete') },
    { name: 'storageClassName (allowed)', edit: set('spec.storageClassName', 'manual') },
    { name: 'mountOptions (allowed)', edit: set('spec.mountOptions', ['nfsvers=4.1']) },
  ],
};

const configMap = (immutable: boolean): Base => ({
  name: immutable ? 'ConfigMap (immutable)' : 'ConfigMap',
  object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, ...(immutable ? { immutable: true } : {}), data: { LOG_LEVEL: 'info' } },
  mutations: immutable
    ? [
        { name: 'data value', edit: set('data.LOG_LEVEL', 'debug') },
        { name: 'data key added', edit: set('data.FEATURE', 'on-demand') },
        { name: 'binaryData added', edit: set('binaryData', { blob: 'AAEC' }) },
        { name: 'made mutable', edit: set('immutable', false) },
        { name: 'labels (allowed)', edit: set('metadata.labels', { team: 'shop' }) },
      ]
    : [
        { name: 'data value (allowed)', edit: set('data.LOG_LEVEL', 'debug') },
        { name: 'made immutable with new data (allowed)', edit: (object) => { object.immutable = true; object.data = { LOG_LEVEL: 'warn' }; } },
      ],
});

const secret = (immutable: boolean): Base => ({
  name: immutable ? 'Secret (immutable)' : 'Secret',
  object: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'token' }, ...(immutable ? { immutable: true } : {}), data: { token: 'czNjcjN0' } },
  mutations: immutable
    ? [
        { name: 'data value', edit: set('data.token', 'bmV3') },
        { name: 'stringData value', edit: set('stringData', { token: 'fresh' }) },
        { name: 'made mutable', edit: set('immutable', undefined) },
      ]
    : [
        { name: 'type', edit: set('type', 'example.com/token') },
        { name: 'data value (allowed)', edit: set('data.token', 'bmV3') },
        { name: 'type written as its default (allowed)', edit: set('type', 'Opaque') },
      ],
});

const binding = (kind: 'RoleBinding' | 'ClusterRoleBinding'): Base => ({
  name: kind,
  object: { apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: { name: 'app-view' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' }, subjects: [{ kind: 'ServiceAccount', name: 'app', namespace: 'default' }] },
  mutations: [
    { name: 'roleRef name', edit: set('roleRef.name', 'edit') },
    ...(kind === 'RoleBinding' ? [{ name: 'roleRef kind', edit: set('roleRef.kind', 'Role') }] : []),
    { name: 'subjects (allowed)', edit: set('subjects.1', { kind: 'ServiceAccount', name: 'worker', namespace: 'default' }) },
  ],
});

const storageClass: Base = {
  name: 'StorageClass',
  object: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' }, provisioner: 'ebs.csi.aws.com', parameters: { type: 'gp3' } },
  mutations: [
    { name: 'parameters', edit: set('parameters.type', 'io2') },
    { name: 'provisioner', edit: set('provisioner', 'pd.csi.storage.gke.io') },
    { name: 'reclaimPolicy', edit: set('reclaimPolicy', 'Retain') },
    { name: 'volumeBindingMode', edit: set('volumeBindingMode', 'WaitForFirstConsumer') },
    { name: 'allowVolumeExpansion (allowed)', edit: set('allowVolumeExpansion', true) },
    { name: 'mountOptions (allowed)', edit: set('mountOptions', ['debug']) },
    { name: 'reclaimPolicy written as its default (allowed)', edit: set('reclaimPolicy', 'Delete') },
  ],
};

const simple: Base[] = [
  {
    name: 'PriorityClass',
    object: { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'batch' }, value: 1000 },
    mutations: [
      { name: 'value', edit: set('value', 2000) },
      { name: 'preemptionPolicy', edit: set('preemptionPolicy', 'Never') },
      { name: 'description (allowed)', edit: set('description', 'batch jobs') },
    ],
  },
  {
    name: 'IngressClass',
    object: { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'web' }, spec: { controller: 'k8s.io/ingress-nginx' } },
    mutations: [
      { name: 'controller', edit: set('spec.controller', 'example.com/other') },
      { name: 'parameters (allowed)', edit: set('spec.parameters', { apiGroup: 'k8s.example.com', kind: 'IngressParameters', name: 'web' }) },
    ],
  },
  {
    name: 'ResourceQuota',
    object: { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'pods' }, spec: { hard: { pods: '10' }, scopes: ['BestEffort'] } },
    mutations: [
      { name: 'scopes', edit: set('spec.scopes', ['NotBestEffort']) },
      { name: 'hard (allowed)', edit: set('spec.hard.pods', '20') },
    ],
  },
  {
    name: 'EndpointSlice',
    object: { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 'api-1', labels: { 'kubernetes.io/service-name': 'api' } }, addressType: 'IPv4', endpoints: [{ addresses: ['10.1.2.3'] }], ports: [{ name: 'http', port: 8080, protocol: 'TCP' }] },
    mutations: [
      { name: 'addressType', edit: (object) => { object.addressType = 'IPv6'; object.endpoints = [{ addresses: ['fd00::1'] }]; } },
      { name: 'endpoints (allowed)', edit: set('endpoints.0.addresses', ['10.1.2.4']) },
    ],
  },
  {
    name: 'RuntimeClass',
    object: { apiVersion: 'node.k8s.io/v1', kind: 'RuntimeClass', metadata: { name: 'sandboxed' }, handler: 'kata' },
    mutations: [
      { name: 'handler', edit: set('handler', 'gvisor') },
      { name: 'overhead (allowed)', edit: set('overhead', { podFixed: { memory: '120Mi' } }) },
    ],
  },
  {
    name: 'CSIDriver',
    object: { apiVersion: 'storage.k8s.io/v1', kind: 'CSIDriver', metadata: { name: 'ebs.csi.aws.com' }, spec: { attachRequired: true } },
    mutations: [
      { name: 'attachRequired', edit: set('spec.attachRequired', false) },
      { name: 'volumeLifecycleModes', edit: set('spec.volumeLifecycleModes', ['Persistent', 'Ephemeral']) },
      { name: 'podInfoOnMount (allowed)', edit: set('spec.podInfoOnMount', true) },
      { name: 'fsGroupPolicy (allowed)', edit: set('spec.fsGroupPolicy', 'File') },
      { name: 'requiresRepublish (allowed)', edit: set('spec.requiresRepublish', true) },
      { name: 'storageCapacity (allowed)', edit: set('spec.storageCapacity', true) },
    ],
  },
  {
    name: 'VolumeAttributesClass',
    object: { apiVersion: 'storage.k8s.io/v1', kind: 'VolumeAttributesClass', metadata: { name: 'fast-io' }, driverName: 'ebs.csi.aws.com', parameters: { iops: '3000' } },
    mutations: [
      { name: 'parameters', edit: set('parameters.iops', '6000') },
      { name: 'driverName', edit: set('driverName', 'pd.csi.storage.gke.io') },
      { name: 'labels (allowed)', edit: set('metadata.labels', { tier: 'fast' }) },
    ],
  },
  {
    name: 'CSIStorageCapacity',
    object: { apiVersion: 'storage.k8s.io/v1', kind: 'CSIStorageCapacity', metadata: { name: 'cap-a', namespace: 'kube-system' }, storageClassName: 'fast', nodeTopology: { matchLabels: { 'topology.kubernetes.io/zone': 'zone-a' } }, capacity: '100Gi' },
    mutations: [
      { name: 'storageClassName', edit: set('storageClassName', 'slow') },
      { name: 'nodeTopology', edit: set('nodeTopology.matchLabels', { 'topology.kubernetes.io/zone': 'zone-b' }) },
      { name: 'capacity (allowed)', edit: set('capacity', '80Gi') },
    ],
  },
  {
    name: 'VolumeAttachment',
    object: { apiVersion: 'storage.k8s.io/v1', kind: 'VolumeAttachment', metadata: { name: 'csi-0abc' }, spec: { attacher: 'ebs.csi.aws.com', nodeName: 'node-1', source: { persistentVolumeName: 'pv-a' } } },
    mutations: [
      { name: 'nodeName', edit: set('spec.nodeName', 'node-2') },
      { name: 'attacher', edit: set('spec.attacher', 'pd.csi.storage.gke.io') },
    ],
  },
  {
    name: 'ResourceClaimTemplate',
    object: { apiVersion: 'resource.k8s.io/v1', kind: 'ResourceClaimTemplate', metadata: { name: 'gpu' }, spec: { spec: { devices: { requests: [{ name: 'gpu', exactly: { deviceClassName: 'gpu.example.com' } }] } } } },
    mutations: [
      { name: 'device class', edit: set('spec.spec.devices.requests.0.exactly.deviceClassName', 'big-gpu.example.com') },
      { name: 'labels (allowed)', edit: set('metadata.labels', { team: 'ml' }) },
    ],
  },
  {
    name: 'CustomResourceDefinition',
    object: {
      apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'widgets.example.com' },
      spec: { group: 'example.com', scope: 'Namespaced', names: { plural: 'widgets', singular: 'widget', kind: 'Widget' }, versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } }] },
    },
    mutations: [
      { name: 'short names (allowed)', edit: set('spec.names.shortNames', ['wg']) },
      { name: 'scope', edit: set('spec.scope', 'Cluster'), disagreement: { podlint: 'error', reason: 'an applied CRD is established at once, which fixes its scope; the oracle never establishes CRDs' } },
    ],
  },
];

const nodeBase: Base = {
  name: 'Node',
  object: { apiVersion: 'v1', kind: 'Node', metadata: { name: 'worker-1' }, spec: { podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'] } },
  mutations: [
    { name: 'pod CIDRs', edit: (object) => { object.spec = { podCIDR: '10.244.9.0/24', podCIDRs: ['10.244.9.0/24'] }; } },
    { name: 'providerID set once (allowed)', edit: set('spec.providerID', 'aws:///eu-west-1a/i-0abc') },
    { name: 'unschedulable (allowed)', edit: set('spec.unschedulable', true) },
    { name: 'taints (allowed)', edit: set('spec.taints', [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }]) },
  ],
};

/** Kinds the catalogue lists with nothing immutable: every change here must be accepted. */
const mutable: Base[] = [
  {
    name: 'CronJob',
    object: { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'report' }, spec: { schedule: '0 * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'report', image: 'example/report:1' }] } } } } } },
    mutations: [
      { name: 'schedule (allowed)', edit: set('spec.schedule', '*/15 * * * *') },
      { name: 'jobTemplate image (allowed)', edit: set('spec.jobTemplate.spec.template.spec.containers.0.image', 'example/report:2') },
      { name: 'concurrencyPolicy (allowed)', edit: set('spec.concurrencyPolicy', 'Forbid') },
    ],
  },
  {
    name: 'ReplicationController',
    object: { apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'legacy' }, spec: { replicas: 1, selector: { app: 'a' }, template: { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'c', image: 'example/c:1' }] } } } },
    mutations: [{ name: 'selector (allowed)', edit: (object) => { object.spec = { replicas: 1, selector: { app: 'b' }, template: { metadata: { labels: { app: 'b' } }, spec: { containers: [{ name: 'c', image: 'example/c:1' }] } } }; } }],
  },
  {
    name: 'PodDisruptionBudget',
    object: { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'api' }, spec: { minAvailable: 1, selector: { matchLabels: { app: 'api' } } } },
    mutations: [{ name: 'selector and minAvailable (allowed)', edit: set('spec', { minAvailable: 2, selector: { matchLabels: { app: 'web' } } }) }],
  },
  {
    name: 'Ingress',
    object: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web' }, spec: { ingressClassName: 'nginx', defaultBackend: { service: { name: 'web', port: { number: 80 } } } } },
    mutations: [{ name: 'class and backend (allowed)', edit: set('spec', { ingressClassName: 'traefik', defaultBackend: { service: { name: 'api', port: { number: 8080 } } } }) }],
  },
  {
    name: 'HorizontalPodAutoscaler',
    object: { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'api' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' }, minReplicas: 1, maxReplicas: 5 } },
    mutations: [{ name: 'scaleTargetRef (allowed)', edit: set('spec.scaleTargetRef.name', 'web') }],
  },
];

export const MORE_BASES: readonly Base[] = [claim, classedClaim, volume, configMap(true), configMap(false), secret(true), secret(false), binding('RoleBinding'), binding('ClusterRoleBinding'), storageClass, nodeBase, ...simple, ...mutable];
