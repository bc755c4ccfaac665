/**
 * Mutations the schema walk cannot make: references to undeclared names, forbidden combinations
 * and cross-field limits (the mistakes users report: requests above limits, a volumeMount naming
 * no volume, Recreate with rollingUpdate…). Each applies to the bases of the kinds it names.
 */
import type { PlainObject } from './bases.js';
import { at, setAt } from './mutate.js';

export interface TargetedMutation {
  kinds: readonly string[];
  /** The field it targets, relative to the pod spec (`pod:`) or the object root. */
  path: string;
  describe: string;
  /** It repeats a list item's key (a container or port name…). */
  duplicatesListItem?: boolean;
  edit(object: PlainObject): void;
}

const POD_SPEC_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  PodTemplate: ['template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
const POD_KINDS = Object.keys(POD_SPEC_PATHS);

/** The path of a field of the object's pod spec, for kinds that have one. */
export function podSpecPath(kind: string, rest: string): string {
  return [...(POD_SPEC_PATHS[kind] ?? []), rest].join('.');
}

function onPodSpec(
  describe: string,
  rest: string,
  edit: (spec: PlainObject) => void,
  duplicatesListItem = false,
): TargetedMutation {
  return {
    kinds: POD_KINDS,
    path: `pod:${rest}`,
    describe,
    ...(duplicatesListItem ? { duplicatesListItem } : {}),
    edit(object) {
      const spec = at(object, POD_SPEC_PATHS[String(object.kind)] ?? []) as PlainObject | undefined;
      if (spec) edit(spec);
    },
  };
}

const firstContainer = (spec: PlainObject): PlainObject =>
  ((spec.containers as PlainObject[] | undefined) ?? [])[0] ?? {};

function edit(path: string, value: unknown): (object: PlainObject) => void {
  const segments = path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  return (object) => {
    for (let length = 1; length < segments.length; length++) {
      const prefix = segments.slice(0, length);
      if (at(object, prefix) === undefined) setAt(object, prefix, typeof segments[length] === 'number' ? [] : {});
    }
    setAt(object, segments, structuredClone(value));
  };
}

function onRoot(
  kinds: string[],
  path: string,
  value: unknown,
  describe = `${path} set to ${JSON.stringify(value)}`,
  duplicatesListItem = false,
): TargetedMutation {
  return { kinds, path, describe, edit: edit(path, value), ...(duplicatesListItem ? { duplicatesListItem } : {}) };
}

export const TARGETED: readonly TargetedMutation[] = [
  onPodSpec('requests above limits', 'containers[0].resources', (spec) => {
    firstContainer(spec).resources = {
      requests: { cpu: '2', memory: '1Gi' },
      limits: { cpu: '500m', memory: '256Mi' },
    };
  }),
  onPodSpec('container named My_Container', 'containers[0].name', (spec) => {
    firstContainer(spec).name = 'My_Container';
  }),
  onPodSpec('volumeMount naming no volume', 'containers[0].volumeMounts[0].name', (spec) => {
    firstContainer(spec).volumeMounts = [{ name: 'missing', mountPath: '/data' }];
  }),
  onPodSpec('env var with both value and valueFrom', 'containers[0].env[0]', (spec) => {
    firstContainer(spec).env = [{ name: 'BOTH', value: 'x', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }];
  }),
  onPodSpec(
    'fieldRef.fieldPath the API server does not support',
    'containers[0].env[0].valueFrom.fieldRef.fieldPath',
    (spec) => {
      firstContainer(spec).env = [{ name: 'NODE', valueFrom: { fieldRef: { fieldPath: 'spec.hostname' } } }];
    },
  ),
  onPodSpec('env var name with =', 'containers[0].env[0].name', (spec) => {
    firstContainer(spec).env = [{ name: 'A=B', value: 'x' }];
  }),
  onPodSpec(
    'two containers with the same name',
    'containers[1].name',
    (spec) => {
      (spec.containers as PlainObject[]).push(structuredClone(firstContainer(spec)));
    },
    true,
  ),
  onPodSpec(
    'container port names repeated',
    'containers[0].ports[1].name',
    (spec) => {
      firstContainer(spec).ports = [
        { name: 'http', containerPort: 8080 },
        { name: 'http', containerPort: 8081 },
      ];
    },
    true,
  ),
  onPodSpec('probe with two handlers', 'containers[0].livenessProbe', (spec) => {
    firstContainer(spec).livenessProbe = { httpGet: { path: '/', port: 8080 }, tcpSocket: { port: 8080 } };
  }),
  onPodSpec('readinessProbe with successThreshold 0', 'containers[0].readinessProbe.successThreshold', (spec) => {
    firstContainer(spec).readinessProbe = { exec: { command: ['true'] }, successThreshold: 0 };
  }),
  onPodSpec('livenessProbe with successThreshold 2', 'containers[0].livenessProbe.successThreshold', (spec) => {
    firstContainer(spec).livenessProbe = { exec: { command: ['true'] }, successThreshold: 2 };
  }),
  onPodSpec(
    'two volumes with the same name',
    'volumes[1].name',
    (spec) => {
      spec.volumes = [
        { name: 'scratch', emptyDir: {} },
        { name: 'scratch', emptyDir: {} },
      ];
    },
    true,
  ),
  onPodSpec('volume with two sources', 'volumes[0]', (spec) => {
    spec.volumes = [{ name: 'both', emptyDir: {}, configMap: { name: 'x' } }];
  }),
  onPodSpec('restartPolicy OnFailure', 'restartPolicy', (spec) => {
    spec.restartPolicy = 'OnFailure';
  }),
  onPodSpec('hostPort without hostNetwork, different containerPort', 'containers[0].ports[0]', (spec) => {
    firstContainer(spec).ports = [{ containerPort: 8080, hostPort: 80 }];
  }),
  onPodSpec('toleration Exists with a value', 'tolerations[0]', (spec) => {
    spec.tolerations = [{ key: 'k', operator: 'Exists', value: 'v' }];
  }),
  onPodSpec('nodeAffinity In with no values', 'affinity.nodeAffinity', (spec) => {
    spec.affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: [] }] }],
        },
      },
    };
  }),
  onPodSpec('dnsPolicy None without dnsConfig', 'dnsPolicy', (spec) => {
    spec.dnsPolicy = 'None';
    Reflect.deleteProperty(spec, 'dnsConfig');
  }),
  onPodSpec('imagePullSecrets entry without name', 'imagePullSecrets[0].name', (spec) => {
    spec.imagePullSecrets = [{}];
  }),
  onPodSpec('securityContext runAsUser negative', 'securityContext.runAsUser', (spec) => {
    spec.securityContext = { runAsUser: -1 };
  }),
  onPodSpec('sysctl with a bad name', 'securityContext.sysctls[0].name', (spec) => {
    spec.securityContext = { sysctls: [{ name: 'Bad Name', value: '1' }] };
  }),
  onPodSpec('hostAliases with an invalid ip', 'hostAliases[0].ip', (spec) => {
    spec.hostAliases = [{ ip: 'not-an-ip', hostnames: ['a.example.com'] }];
  }),
  onPodSpec('topologySpreadConstraint maxSkew 0', 'topologySpreadConstraints[0].maxSkew', (spec) => {
    spec.topologySpreadConstraints = [{ maxSkew: 0, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule' }];
  }),
  onRoot(['Deployment (Recreate)'], 'spec.strategy.rollingUpdate', { maxSurge: 1 }, 'Recreate with rollingUpdate set'),
  onRoot(
    ['Deployment'],
    'spec.strategy.rollingUpdate',
    { maxSurge: 0, maxUnavailable: 0 },
    'maxSurge 0 with maxUnavailable 0',
  ),
  onRoot(
    ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'],
    'spec.selector',
    { matchLabels: { app: 'other' } },
    'selector does not match the template labels',
  ),
  onRoot(['ReplicationController'], 'spec.selector', { app: 'other' }, 'selector does not match the template labels'),
  onRoot(['StatefulSet'], 'spec.template.spec.restartPolicy', 'Never', 'StatefulSet pods with restartPolicy Never'),
  onRoot(['Job'], 'spec.template.spec.restartPolicy', 'Always', 'Job pods with restartPolicy Always'),
  onRoot(['Job'], 'spec.completions', undefined, 'Indexed Job without completions'),
  onRoot(['Job'], 'spec.backoffLimitPerIndex', 2, 'backoffLimitPerIndex'),
  onRoot(['CronJob'], 'spec.schedule', '0 25 * * *', 'schedule with hour 25'),
  onRoot(['CronJob'], 'spec.schedule', '*/0 * * * *', 'schedule with step 0'),
  onRoot(['CronJob'], 'spec.schedule', 'TZ=UTC 0 * * * *', 'schedule with a TZ prefix'),
  onRoot(['CronJob'], 'spec.timeZone', 'Mars/Olympus', 'unknown time zone'),
  onRoot(
    ['CronJob'],
    'metadata.name',
    'nightly-report-for-the-finance-team-of-the-west-region',
    'CronJob name over 52 characters',
  ),
  onRoot(['ConfigMap'], 'data', { 'my key': 'v' }, 'ConfigMap key "my key"'),
  onRoot(['ConfigMap'], 'binaryData', { 'app.yaml': 'aGk=' }, 'key in both data and binaryData'),
  onRoot(['Secret'], 'data', { 'bad/key': 'aGk=' }, 'Secret key with a slash'),
  onRoot(['Secret (tls)'], 'data', { 'tls.crt': 'Y2VydA==' }, 'TLS Secret without tls.key'),
  onRoot(['Service'], 'spec.ports', [{ port: 80 }, { port: 81 }], 'two unnamed ports'),
  onRoot(
    ['Service'],
    'spec.ports',
    [
      { name: 'http', port: 80 },
      { name: 'http', port: 81 },
    ],
    'two ports with the same name',
    true,
  ),
  onRoot(
    ['Service'],
    'spec.ports',
    [
      { name: 'a', port: 80 },
      { name: 'b', port: 80 },
    ],
    'two ports with the same port and protocol',
    true,
  ),
  onRoot(['Service'], 'spec.clusterIP', '10.0.0.300', 'invalid clusterIP'),
  onRoot(['Service'], 'spec.externalTrafficPolicy', 'Local', 'externalTrafficPolicy on a ClusterIP Service'),
  onRoot(['Service'], 'spec.ports.0.nodePort', 30080, 'nodePort on a ClusterIP Service'),
  onRoot(
    ['RoleBinding', 'ClusterRoleBinding'],
    'subjects',
    [{ kind: 'ServiceAccount', name: 'api' }],
    'ServiceAccount subject without a namespace',
  ),
  onRoot(['RoleBinding'], 'roleRef.kind', 'Group', 'roleRef kind Group'),
  onRoot(
    ['Role'],
    'rules',
    [{ nonResourceURLs: ['/metrics'], verbs: ['get'] }],
    'nonResourceURLs in a namespaced Role',
  ),
  onRoot(['ClusterRole'], 'rules', [{ apiGroups: [''], resources: ['pods'] }], 'rule without verbs'),
  onRoot(['Ingress'], 'spec.rules.0.host', 'Shop_Example', 'Ingress host that is not a DNS name'),
  onRoot(['Ingress'], 'spec.rules.0.host', '*.example.*', 'Ingress host with a wildcard not in front'),
  onRoot(['Ingress'], 'spec.rules.0.http.paths.0.path', 'api', 'Prefix path without a leading slash'),
  onRoot(
    ['Ingress'],
    'spec.rules.0.http.paths.0.backend',
    { service: { name: 'web', port: { number: 80, name: 'http' } } },
    'backend port with number and name',
  ),
  onRoot(
    ['NetworkPolicy'],
    'spec.ingress.0.from.2.ipBlock.except',
    ['192.168.0.0/24'],
    'ipBlock except outside its cidr',
  ),
  onRoot(['NetworkPolicy'], 'spec.egress.0.ports.0.endPort', 50, 'endPort below port'),
  onRoot(['PodDisruptionBudget'], 'spec.minAvailable', 1, 'minAvailable and maxUnavailable both set'),
  onRoot(['HorizontalPodAutoscaler'], 'spec.minReplicas', 20, 'minReplicas above maxReplicas'),
  onRoot(
    ['HorizontalPodAutoscaler'],
    'spec.metrics.0.resource.target',
    { type: 'Utilization', averageValue: '100m' },
    'Utilization target with averageValue',
  ),
  onRoot(['PersistentVolumeClaim'], 'spec.accessModes', [], 'PVC without access modes'),
  onRoot(['PersistentVolumeClaim'], 'spec.resources.requests.storage', '0', 'PVC requesting 0 bytes'),
  onRoot(['PersistentVolume (nfs)'], 'spec.hostPath', { path: '/data' }, 'PersistentVolume with two sources'),
  onRoot(['StorageClass'], 'reclaimPolicy', 'Recycle', 'StorageClass reclaimPolicy Recycle'),
  onRoot(['PriorityClass'], 'value', 2000000000, 'PriorityClass value in the system range'),
  onRoot(['Namespace'], 'metadata.name', 'Shop', 'Namespace name with capitals'),
  onRoot(['LimitRange'], 'spec.limits.0.min', { cpu: '4' }, 'LimitRange min above max'),
  onRoot(['ResourceQuota'], 'spec.hard', { 'bogus.resource/x': '1' }, 'ResourceQuota with an unknown resource name'),
  onRoot(
    ['EndpointSlice'],
    'endpoints.0.addresses',
    ['not-an-ip'],
    'EndpointSlice address that is not an IPv4 address',
  ),
  onRoot(['Lease'], 'spec.leaseDurationSeconds', 0, 'Lease duration 0'),
];
