/**
 * Valid objects, one or more per kind the oracle judges, shaped like the manifests people write
 * (the corpus's shapes): the starting points the harness mutates. Each must be accepted by the
 * oracle and draw no podlint error; the harness checks both before it mutates them.
 */
import { platformBases } from './bases-platform.js';

export type PlainObject = Record<string, unknown>;

export interface Base {
  /** Unique, used in variant names: `Deployment`, `Service (LoadBalancer)`. */
  name: string;
  object: PlainObject;
}

const meta = (name: string, extra: PlainObject = {}): PlainObject => ({ name, ...extra });
const labelsApp = (app: string): PlainObject => ({ app, 'app.kubernetes.io/part-of': 'shop' });

/** A pod spec with the parts real workloads have: ports, probes, env, resources, mounts, security. */
function podSpec(app: string, extra: PlainObject = {}): PlainObject {
  return {
    serviceAccountName: app,
    securityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 2000, seccompProfile: { type: 'RuntimeDefault' } },
    initContainers: [
      {
        name: 'migrate',
        image: `example/${app}-migrate:1.2.0`,
        command: ['/migrate', '--wait'],
        resources: { requests: { cpu: '50m', memory: '32Mi' } },
      },
    ],
    containers: [
      {
        name: app,
        image: `registry.example.com/${app}:1.4.2`,
        imagePullPolicy: 'IfNotPresent',
        args: ['--port=8080'],
        ports: [
          { name: 'http', containerPort: 8080, protocol: 'TCP' },
          { name: 'metrics', containerPort: 9090 },
        ],
        env: [
          { name: 'LOG_LEVEL', value: 'info' },
          { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
          { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: `${app}-db`, key: 'password' } } },
        ],
        envFrom: [{ configMapRef: { name: `${app}-config` } }],
        resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
        livenessProbe: { httpGet: { path: '/healthz', port: 'http' }, initialDelaySeconds: 10, periodSeconds: 10 },
        readinessProbe: { httpGet: { path: '/ready', port: 8080 }, periodSeconds: 5, failureThreshold: 3 },
        startupProbe: { tcpSocket: { port: 'http' }, failureThreshold: 30, periodSeconds: 2 },
        lifecycle: { preStop: { exec: { command: ['sh', '-c', 'sleep 5'] } } },
        securityContext: {
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        },
        volumeMounts: [
          { name: 'config', mountPath: '/etc/app', readOnly: true },
          { name: 'tmp', mountPath: '/tmp' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: { name: `${app}-config`, items: [{ key: 'app.yaml', path: 'app.yaml' }] } },
      { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
    ],
    tolerations: [{ key: 'dedicated', operator: 'Equal', value: app, effect: 'NoSchedule' }],
    nodeSelector: { 'kubernetes.io/os': 'linux' },
    affinity: {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 100,
            podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app } } },
          },
        ],
      },
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            {
              matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'In', values: ['zone-a', 'zone-b'] }],
            },
          ],
        },
      },
    },
    topologySpreadConstraints: [
      {
        maxSkew: 1,
        topologyKey: 'topology.kubernetes.io/zone',
        whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: { matchLabels: { app } },
      },
    ],
    terminationGracePeriodSeconds: 30,
    dnsPolicy: 'ClusterFirst',
    ...extra,
  };
}

function simplePodSpec(app: string, extra: PlainObject = {}): PlainObject {
  return {
    containers: [
      {
        name: app,
        image: `example/${app}:2.0`,
        command: ['/bin/run'],
        resources: { requests: { cpu: '100m' }, limits: { memory: '64Mi' } },
      },
    ],
    ...extra,
  };
}

const template = (app: string, spec: PlainObject): PlainObject => ({ metadata: { labels: labelsApp(app) }, spec });

const workloads: Base[] = [
  {
    name: 'Pod',
    object: {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: meta('web', { namespace: 'shop', labels: labelsApp('web') }),
      spec: podSpec('web'),
    },
  },
  {
    name: 'Pod (simple)',
    object: {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: meta('debug'),
      spec: simplePodSpec('debug', { restartPolicy: 'Never' }),
    },
  },
  {
    name: 'Deployment',
    object: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta('api', { labels: labelsApp('api'), annotations: { 'example.com/owner': 'team-a' } }),
      spec: {
        replicas: 3,
        revisionHistoryLimit: 5,
        selector: { matchLabels: { app: 'api' } },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
        template: template('api', podSpec('api')),
      },
    },
  },
  {
    name: 'Deployment (Recreate)',
    object: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta('worker'),
      spec: {
        selector: { matchLabels: { app: 'worker' } },
        strategy: { type: 'Recreate' },
        template: template('worker', simplePodSpec('worker')),
      },
    },
  },
  {
    name: 'ReplicaSet',
    object: {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: meta('cache'),
      spec: {
        replicas: 2,
        selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['cache'] }] },
        template: template('cache', simplePodSpec('cache')),
      },
    },
  },
  {
    name: 'StatefulSet',
    object: {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: meta('db'),
      spec: {
        serviceName: 'db',
        replicas: 3,
        podManagementPolicy: 'Parallel',
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
        selector: { matchLabels: { app: 'db' } },
        template: template(
          'db',
          podSpec('db', {
            volumes: [
              { name: 'config', configMap: { name: 'db-config' } },
              { name: 'tmp', emptyDir: {} },
            ],
          }),
        ),
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
            spec: {
              accessModes: ['ReadWriteOnce'],
              storageClassName: 'fast',
              resources: { requests: { storage: '10Gi' } },
            },
          },
        ],
        persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Delete' },
      },
    },
  },
  {
    name: 'DaemonSet',
    object: {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: meta('agent', { namespace: 'monitoring' }),
      spec: {
        selector: { matchLabels: { app: 'agent' } },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
        template: template(
          'agent',
          simplePodSpec('agent', {
            hostNetwork: true,
            dnsPolicy: 'ClusterFirstWithHostNet',
            priorityClassName: 'system-node-critical',
            tolerations: [{ operator: 'Exists' }],
          }),
        ),
      },
    },
  },
  {
    name: 'ReplicationController',
    object: {
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: meta('legacy'),
      spec: {
        replicas: 1,
        selector: { app: 'legacy' },
        template: { metadata: { labels: { app: 'legacy' } }, spec: simplePodSpec('legacy') },
      },
    },
  },
  {
    name: 'PodTemplate',
    object: {
      apiVersion: 'v1',
      kind: 'PodTemplate',
      metadata: meta('tpl'),
      template: template('tpl', simplePodSpec('tpl')),
    },
  },
  {
    name: 'Job',
    object: {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: meta('migrate'),
      spec: {
        backoffLimit: 4,
        activeDeadlineSeconds: 600,
        ttlSecondsAfterFinished: 3600,
        completions: 3,
        parallelism: 2,
        completionMode: 'Indexed',
        template: { spec: simplePodSpec('migrate', { restartPolicy: 'Never' }) },
      },
    },
  },
  {
    name: 'Job (podFailurePolicy)',
    object: {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: meta('train'),
      spec: {
        backoffLimit: 6,
        podFailurePolicy: {
          rules: [
            { action: 'FailJob', onExitCodes: { containerName: 'train', operator: 'In', values: [42] } },
            { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] },
          ],
        },
        template: { spec: simplePodSpec('train', { restartPolicy: 'Never' }) },
      },
    },
  },
  {
    name: 'CronJob',
    object: {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: meta('report'),
      spec: {
        schedule: '30 2 * * 1-5',
        timeZone: 'Europe/Paris',
        concurrencyPolicy: 'Forbid',
        startingDeadlineSeconds: 300,
        successfulJobsHistoryLimit: 3,
        failedJobsHistoryLimit: 1,
        jobTemplate: {
          spec: { backoffLimit: 2, template: { spec: simplePodSpec('report', { restartPolicy: 'OnFailure' }) } },
        },
      },
    },
  },
  {
    name: 'ControllerRevision',
    object: {
      apiVersion: 'apps/v1',
      kind: 'ControllerRevision',
      metadata: meta('api-5d4f'),
      revision: 3,
      data: { spec: { template: { metadata: { labels: { app: 'api' } } } } },
    },
  },
  {
    name: 'HorizontalPodAutoscaler',
    object: {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: meta('api'),
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' },
        minReplicas: 2,
        maxReplicas: 10,
        metrics: [
          { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
          {
            type: 'Pods',
            pods: { metric: { name: 'requests_per_second' }, target: { type: 'AverageValue', averageValue: '100' } },
          },
        ],
        behavior: {
          scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: 'Percent', value: 50, periodSeconds: 60 }] },
        },
      },
    },
  },
  {
    name: 'HorizontalPodAutoscaler (v1)',
    object: {
      apiVersion: 'autoscaling/v1',
      kind: 'HorizontalPodAutoscaler',
      metadata: meta('web'),
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
        minReplicas: 1,
        maxReplicas: 4,
        targetCPUUtilizationPercentage: 80,
      },
    },
  },
  {
    name: 'PodDisruptionBudget',
    object: {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: meta('api'),
      spec: {
        maxUnavailable: '25%',
        selector: { matchLabels: { app: 'api' } },
        unhealthyPodEvictionPolicy: 'AlwaysAllow',
      },
    },
  },
];

const services: Base[] = [
  {
    name: 'Service',
    object: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta('api', { labels: labelsApp('api') }),
      spec: {
        type: 'ClusterIP',
        selector: { app: 'api' },
        ports: [
          { name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' },
          { name: 'metrics', port: 9090, targetPort: 9090 },
        ],
        sessionAffinity: 'None',
      },
    },
  },
  {
    name: 'Service (NodePort)',
    object: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta('edge'),
      spec: {
        type: 'NodePort',
        selector: { app: 'edge' },
        externalTrafficPolicy: 'Local',
        ports: [{ name: 'https', port: 443, targetPort: 8443, nodePort: 30443 }],
      },
    },
  },
  {
    name: 'Service (LoadBalancer)',
    object: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta('lb'),
      spec: {
        type: 'LoadBalancer',
        selector: { app: 'lb' },
        loadBalancerSourceRanges: ['10.0.0.0/8'],
        ipFamilyPolicy: 'SingleStack',
        ports: [{ port: 80, targetPort: 8080 }],
      },
    },
  },
  {
    name: 'Service (headless)',
    object: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta('db'),
      spec: {
        clusterIP: 'None',
        selector: { app: 'db' },
        publishNotReadyAddresses: true,
        ports: [{ name: 'pg', port: 5432 }],
      },
    },
  },
  {
    name: 'Service (ExternalName)',
    object: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta('billing'),
      spec: { type: 'ExternalName', externalName: 'billing.example.com' },
    },
  },
  {
    name: 'Endpoints',
    object: {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: meta('external-db'),
      subsets: [{ addresses: [{ ip: '10.1.2.3' }], ports: [{ name: 'pg', port: 5432, protocol: 'TCP' }] }],
    },
  },
  {
    name: 'EndpointSlice',
    object: {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: meta('api-1', { labels: { 'kubernetes.io/service-name': 'api' } }),
      addressType: 'IPv4',
      endpoints: [{ addresses: ['10.1.2.3'], conditions: { ready: true }, nodeName: 'node-a', zone: 'zone-a' }],
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
    },
  },
  {
    name: 'Ingress',
    object: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: meta('web', { annotations: { 'nginx.ingress.kubernetes.io/rewrite-target': '/' } }),
      spec: {
        ingressClassName: 'nginx',
        tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }],
        rules: [
          {
            host: 'shop.example.com',
            http: {
              paths: [
                { path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } },
                {
                  path: '/api',
                  pathType: 'ImplementationSpecific',
                  backend: { service: { name: 'api', port: { name: 'http' } } },
                },
              ],
            },
          },
        ],
      },
    },
  },
  {
    name: 'IngressClass',
    object: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: meta('nginx', { annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } }),
      spec: {
        controller: 'k8s.io/ingress-nginx',
        parameters: { apiGroup: 'k8s.example.com', kind: 'IngressParameters', name: 'external-lb', scope: 'Cluster' },
      },
    },
  },
  {
    name: 'NetworkPolicy',
    object: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta('api-allow'),
      spec: {
        podSelector: { matchLabels: { app: 'api' } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          {
            from: [
              { podSelector: { matchLabels: { app: 'web' } } },
              { namespaceSelector: { matchLabels: { team: 'a' } } },
              { ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.1.0/24'] } },
            ],
            ports: [{ protocol: 'TCP', port: 8080 }, { port: 'http' }],
          },
        ],
        egress: [{ to: [{ podSelector: {} }], ports: [{ protocol: 'UDP', port: 53, endPort: 54 }] }],
      },
    },
  },
  {
    name: 'IPAddress',
    object: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IPAddress',
      metadata: meta('10.96.0.10'),
      spec: { parentRef: { group: '', resource: 'services', namespace: 'kube-system', name: 'kube-dns' } },
    },
  },
  {
    name: 'ServiceCIDR',
    object: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'ServiceCIDR',
      metadata: meta('extra'),
      spec: { cidrs: ['10.100.0.0/16'] },
    },
  },
];

const configuration: Base[] = [
  {
    name: 'ConfigMap',
    object: {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: meta('api-config', { namespace: 'shop' }),
      data: { 'app.yaml': 'port: 8080\n', LOG_LEVEL: 'info' },
      binaryData: { 'logo.png': 'iVBORw0KGgo=' },
    },
  },
  {
    name: 'Secret',
    object: {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: meta('api-db'),
      type: 'Opaque',
      data: { password: 'czNjcjN0' },
      stringData: { user: 'api' },
    },
  },
  {
    name: 'Secret (tls)',
    object: {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: meta('shop-tls'),
      type: 'kubernetes.io/tls',
      data: { 'tls.crt': 'Y2VydA==', 'tls.key': 'a2V5' },
    },
  },
  {
    name: 'Secret (dockerconfigjson)',
    object: {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: meta('pull'),
      type: 'kubernetes.io/dockerconfigjson',
      data: { '.dockerconfigjson': 'eyJhdXRocyI6e319' },
    },
  },
  {
    name: 'ServiceAccount',
    object: {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: meta('api', { annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/api' } }),
      automountServiceAccountToken: false,
      imagePullSecrets: [{ name: 'pull' }],
    },
  },
  {
    name: 'Namespace',
    object: { apiVersion: 'v1', kind: 'Namespace', metadata: meta('shop', { labels: { team: 'a' } }) },
  },
  {
    name: 'LimitRange',
    object: {
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: meta('defaults'),
      spec: {
        limits: [
          {
            type: 'Container',
            default: { cpu: '500m', memory: '256Mi' },
            defaultRequest: { cpu: '100m', memory: '128Mi' },
            max: { cpu: '2', memory: '1Gi' },
            min: { cpu: '10m' },
          },
        ],
      },
    },
  },
  {
    name: 'ResourceQuota',
    object: {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: meta('compute'),
      spec: { hard: { 'requests.cpu': '10', 'requests.memory': '20Gi', 'limits.memory': '40Gi', pods: '50' } },
    },
  },
  {
    name: 'ResourceQuota (scoped)',
    object: {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: meta('priority'),
      spec: {
        hard: { pods: '10' },
        scopeSelector: { matchExpressions: [{ scopeName: 'PriorityClass', operator: 'In', values: ['high'] }] },
      },
    },
  },
  {
    name: 'Event',
    object: {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: meta('api.17a', { namespace: 'shop' }),
      involvedObject: { kind: 'Pod', name: 'api', namespace: 'shop' },
      reason: 'Started',
      message: 'Started container',
      type: 'Normal',
      source: { component: 'kubelet' },
      firstTimestamp: '2026-01-01T00:00:00Z',
      lastTimestamp: '2026-01-01T00:00:00Z',
      count: 1,
    },
  },
  {
    name: 'Node',
    object: {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: meta('worker-1', { labels: { 'kubernetes.io/hostname': 'worker-1' } }),
      spec: {
        podCIDR: '10.244.1.0/24',
        podCIDRs: ['10.244.1.0/24'],
        taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }],
      },
    },
  },
  {
    name: 'Lease',
    object: {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: meta('leader', { namespace: 'kube-system' }),
      spec: { holderIdentity: 'controller-0', leaseDurationSeconds: 15, leaseTransitions: 2 },
    },
  },
  {
    name: 'PriorityClass',
    object: {
      apiVersion: 'scheduling.k8s.io/v1',
      kind: 'PriorityClass',
      metadata: meta('high'),
      value: 100000,
      globalDefault: false,
      preemptionPolicy: 'PreemptLowerPriority',
      description: 'For user-facing services.',
    },
  },
  {
    name: 'RuntimeClass',
    object: {
      apiVersion: 'node.k8s.io/v1',
      kind: 'RuntimeClass',
      metadata: meta('gvisor'),
      handler: 'runsc',
      overhead: { podFixed: { cpu: '100m', memory: '64Mi' } },
      scheduling: {
        nodeSelector: { sandbox: 'gvisor' },
        tolerations: [{ key: 'sandbox', operator: 'Exists', effect: 'NoSchedule' }],
      },
    },
  },
];

const rbac: Base[] = [
  {
    name: 'Role',
    object: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: meta('api-reader'),
      rules: [
        { apiGroups: [''], resources: ['configmaps', 'secrets'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['apps'], resources: ['deployments'], resourceNames: ['api'], verbs: ['get', 'patch'] },
      ],
    },
  },
  {
    name: 'ClusterRole',
    object: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: meta('metrics-reader'),
      rules: [
        { nonResourceURLs: ['/metrics'], verbs: ['get'] },
        { apiGroups: [''], resources: ['nodes', 'pods'], verbs: ['get', 'list'] },
      ],
    },
  },
  {
    name: 'ClusterRole (aggregated)',
    object: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: meta('monitoring'),
      aggregationRule: {
        clusterRoleSelectors: [{ matchLabels: { 'rbac.example.com/aggregate-to-monitoring': 'true' } }],
      },
      rules: [],
    },
  },
  {
    name: 'RoleBinding',
    object: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: meta('api-reader'),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'api-reader' },
      subjects: [
        { kind: 'ServiceAccount', name: 'api', namespace: 'shop' },
        { kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: 'jane@example.com' },
      ],
    },
  },
  {
    name: 'ClusterRoleBinding',
    object: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: meta('metrics-reader'),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'metrics-reader' },
      subjects: [
        { kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'system:monitoring' },
        { kind: 'ServiceAccount', name: 'prometheus', namespace: 'monitoring' },
      ],
    },
  },
];

const storage: Base[] = [
  {
    name: 'PersistentVolumeClaim',
    object: {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: meta('data'),
      spec: {
        accessModes: ['ReadWriteOnce'],
        storageClassName: 'fast',
        volumeMode: 'Filesystem',
        resources: { requests: { storage: '10Gi' } },
      },
    },
  },
  {
    name: 'PersistentVolumeClaim (selector)',
    object: {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: meta('shared'),
      spec: {
        accessModes: ['ReadWriteMany'],
        storageClassName: '',
        selector: { matchLabels: { volume: 'shared' } },
        resources: { requests: { storage: '1Gi' } },
      },
    },
  },
  {
    name: 'PersistentVolume (nfs)',
    object: {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: meta('nfs-a', { labels: { volume: 'shared' } }),
      spec: {
        capacity: { storage: '100Gi' },
        accessModes: ['ReadWriteMany'],
        persistentVolumeReclaimPolicy: 'Retain',
        mountOptions: ['nfsvers=4.1'],
        nfs: { server: 'nfs.example.com', path: '/exports/a' },
      },
    },
  },
  {
    name: 'PersistentVolume (csi)',
    object: {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: meta('csi-a'),
      spec: {
        capacity: { storage: '10Gi' },
        accessModes: ['ReadWriteOnce'],
        storageClassName: 'fast',
        csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-0abc', fsType: 'ext4' },
        nodeAffinity: {
          required: {
            nodeSelectorTerms: [
              { matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'In', values: ['zone-a'] }] },
            ],
          },
        },
      },
    },
  },
  {
    name: 'PersistentVolume (local)',
    object: {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: meta('local-a'),
      spec: {
        capacity: { storage: '50Gi' },
        accessModes: ['ReadWriteOnce'],
        storageClassName: 'local',
        local: { path: '/mnt/disks/a' },
        nodeAffinity: {
          required: {
            nodeSelectorTerms: [
              { matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['worker-1'] }] },
            ],
          },
        },
      },
    },
  },
  {
    name: 'StorageClass',
    object: {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: meta('fast', { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } }),
      provisioner: 'ebs.csi.aws.com',
      parameters: { type: 'gp3' },
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'WaitForFirstConsumer',
      allowVolumeExpansion: true,
      allowedTopologies: [{ matchLabelExpressions: [{ key: 'topology.ebs.csi.aws.com/zone', values: ['zone-a'] }] }],
    },
  },
  {
    name: 'CSIDriver',
    object: {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'CSIDriver',
      metadata: meta('ebs.csi.aws.com'),
      spec: {
        attachRequired: true,
        podInfoOnMount: false,
        fsGroupPolicy: 'File',
        volumeLifecycleModes: ['Persistent'],
      },
    },
  },
  {
    name: 'CSINode',
    object: {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'CSINode',
      metadata: meta('worker-1'),
      spec: {
        drivers: [
          {
            name: 'ebs.csi.aws.com',
            nodeID: 'i-0abc',
            topologyKeys: ['topology.ebs.csi.aws.com/zone'],
            allocatable: { count: 25 },
          },
        ],
      },
    },
  },
  {
    name: 'CSIStorageCapacity',
    object: {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'CSIStorageCapacity',
      metadata: meta('cap-a', { namespace: 'kube-system' }),
      storageClassName: 'fast',
      nodeTopology: { matchLabels: { 'topology.kubernetes.io/zone': 'zone-a' } },
      capacity: '100Gi',
    },
  },
  {
    name: 'VolumeAttachment',
    object: {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'VolumeAttachment',
      metadata: meta('csi-0abc'),
      spec: { attacher: 'ebs.csi.aws.com', nodeName: 'worker-1', source: { persistentVolumeName: 'csi-a' } },
    },
  },
  {
    name: 'VolumeAttributesClass',
    object: {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'VolumeAttributesClass',
      metadata: meta('fast-io'),
      driverName: 'ebs.csi.aws.com',
      parameters: { iops: '3000' },
    },
  },
];

export const BASES: readonly Base[] = [
  ...workloads,
  ...services,
  ...configuration,
  ...rbac,
  ...storage,
  ...platformBases(),
];
