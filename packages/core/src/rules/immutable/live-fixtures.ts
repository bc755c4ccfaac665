/**
 * Manifests and the objects `kubectl get -o yaml` returns for them after `kubectl apply` (server
 * defaults, allocated values, controller-written labels, status, managedFields, the last-applied
 * annotation where apply wrote it). Written for the live-object tests, one pair per kind.
 */
export interface LivePair {
  name: string;
  manifest: string;
  /** The live object without metadata.annotations[last-applied]; the test adds it when `lastApplied` is set. */
  live: string;
  /** Whether the object was created by `kubectl apply` (and so carries the last-applied annotation). */
  lastApplied: boolean;
}

const MANAGED = `  managedFields:
    - apiVersion: v1
      fieldsType: FieldsV1
      fieldsV1: {f:metadata: {}}
      manager: kubectl-client-side-apply
      operation: Update
      time: "2026-11-02T10:00:00Z"
`;

export const meta = (name: string, uid: string, extra = ''): string => `metadata:
  name: ${name}
  namespace: shop
  uid: ${uid}
  resourceVersion: "48213"
  generation: 3
  creationTimestamp: "2026-11-02T10:00:00Z"
${extra}${MANAGED}`;

/** Workloads: a Deployment, a StatefulSet, a Job. */
export const LIVE_WORKLOADS: readonly LivePair[] = [
  {
    name: 'Deployment with defaults, revision annotation and status',
    lastApplied: true,
    manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: example/api:1.4.2
          ports:
            - containerPort: 8080
`,
    live: `apiVersion: apps/v1
kind: Deployment
${meta('api', '3b1f8c2e-6d4a-4f5b-9c8e-1a2b3c4d5e6f', '  annotations:\n    deployment.kubernetes.io/revision: "3"\n')}spec:
  progressDeadlineSeconds: 600
  replicas: 1
  revisionHistoryLimit: 10
  selector:
    matchLabels: {app: api}
  strategy:
    type: RollingUpdate
    rollingUpdate: {maxSurge: 25%, maxUnavailable: 25%}
  template:
    metadata:
      creationTimestamp: null
      labels: {app: api}
      annotations:
        kubectl.kubernetes.io/restartedAt: "2026-11-20T08:00:00Z"
    spec:
      containers:
        - name: api
          image: example/api:1.4.2
          imagePullPolicy: IfNotPresent
          ports:
            - containerPort: 8080
              protocol: TCP
          resources: {}
          terminationMessagePath: /dev/termination-log
          terminationMessagePolicy: File
      dnsPolicy: ClusterFirst
      restartPolicy: Always
      schedulerName: default-scheduler
      securityContext: {}
      terminationGracePeriodSeconds: 30
status:
  availableReplicas: 1
  observedGeneration: 3
  readyReplicas: 1
  replicas: 1
  updatedReplicas: 1
`,
  },
  {
    name: 'StatefulSet with defaulted policies and volume claim templates',
    lastApplied: true,
    manifest: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: shop
spec:
  serviceName: db
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: db
          image: postgres:16
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 10Gi
`,
    live: `apiVersion: apps/v1
kind: StatefulSet
${meta('db', '5c2d9e1f-7a3b-4c8d-9e0f-2b3c4d5e6f7a')}spec:
  persistentVolumeClaimRetentionPolicy: {whenDeleted: Retain, whenScaled: Retain}
  podManagementPolicy: OrderedReady
  replicas: 1
  revisionHistoryLimit: 10
  selector:
    matchLabels: {app: db}
  serviceName: db
  template:
    metadata:
      creationTimestamp: null
      labels: {app: db}
    spec:
      containers:
        - name: db
          image: postgres:16
          imagePullPolicy: IfNotPresent
          resources: {}
          terminationMessagePath: /dev/termination-log
          terminationMessagePolicy: File
      dnsPolicy: ClusterFirst
      restartPolicy: Always
      schedulerName: default-scheduler
      securityContext: {}
      terminationGracePeriodSeconds: 30
  updateStrategy:
    type: RollingUpdate
    rollingUpdate: {partition: 0}
  volumeClaimTemplates:
    - apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        creationTimestamp: null
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 10Gi
        volumeMode: Filesystem
      status:
        phase: Pending
status:
  availableReplicas: 1
  collisionCount: 0
  currentReplicas: 1
  currentRevision: db-7d9f6c5b8
  observedGeneration: 3
  readyReplicas: 1
  replicas: 1
  updateRevision: db-7d9f6c5b8
  updatedReplicas: 1
`,
  },
  {
    name: 'Job with its generated selector and labels',
    lastApplied: true,
    manifest: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
  namespace: shop
spec:
  backoffLimit: 2
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: example/migrate:7
`,
    live: `apiVersion: batch/v1
kind: Job
${meta('migrate', '8e4f2a1b-9c3d-4e5f-a6b7-c8d9e0f1a2b3', '  labels:\n    batch.kubernetes.io/controller-uid: 8e4f2a1b-9c3d-4e5f-a6b7-c8d9e0f1a2b3\n    batch.kubernetes.io/job-name: migrate\n    controller-uid: 8e4f2a1b-9c3d-4e5f-a6b7-c8d9e0f1a2b3\n    job-name: migrate\n')}spec:
  backoffLimit: 2
  completionMode: NonIndexed
  completions: 1
  manualSelector: false
  parallelism: 1
  podReplacementPolicy: TerminatingOrFailed
  selector:
    matchLabels:
      batch.kubernetes.io/controller-uid: 8e4f2a1b-9c3d-4e5f-a6b7-c8d9e0f1a2b3
  suspend: false
  template:
    metadata:
      creationTimestamp: null
      labels:
        batch.kubernetes.io/controller-uid: 8e4f2a1b-9c3d-4e5f-a6b7-c8d9e0f1a2b3
        batch.kubernetes.io/job-name: migrate
        controller-uid: 8e4f2a1b-9c3d-4e5f-a6b7-c8d9e0f1a2b3
        job-name: migrate
    spec:
      containers:
        - name: migrate
          image: example/migrate:7
          imagePullPolicy: IfNotPresent
          resources: {}
          terminationMessagePath: /dev/termination-log
          terminationMessagePolicy: File
      dnsPolicy: ClusterFirst
      restartPolicy: Never
      schedulerName: default-scheduler
      securityContext: {}
      terminationGracePeriodSeconds: 30
status:
  active: 1
  ready: 1
  startTime: "2026-11-02T10:00:01Z"
  terminating: 0
  uncountedTerminatedPods: {}
`,
  },
];
