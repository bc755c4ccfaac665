/** Live objects of services, storage, configuration and cluster-scoped kinds. */
import { meta, type LivePair } from './live-fixtures.js';

export const LIVE_OTHERS: readonly LivePair[] = [
  {
    name: 'LoadBalancer Service with allocated IPs and node ports',
    lastApplied: true,
    manifest: `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  ports:
    - name: http
      port: 80
      targetPort: 8080
  selector:
    app: web
`,
    live: `apiVersion: v1
kind: Service
${meta('web', '9f5a3b2c-0d4e-4f6a-b7c8-d9e0f1a2b3c4')}spec:
  allocateLoadBalancerNodePorts: true
  clusterIP: 10.96.140.21
  clusterIPs: [10.96.140.21]
  externalTrafficPolicy: Local
  healthCheckNodePort: 31873
  internalTrafficPolicy: Cluster
  ipFamilies: [IPv4]
  ipFamilyPolicy: SingleStack
  ports:
    - name: http
      nodePort: 30412
      port: 80
      protocol: TCP
      targetPort: 8080
  selector:
    app: web
  sessionAffinity: None
  type: LoadBalancer
status:
  loadBalancer:
    ingress:
      - ip: 203.0.113.10
        ipMode: VIP
`,
  },
  {
    name: 'bound PersistentVolumeClaim with its volume, class and binder annotations',
    lastApplied: false,
    manifest: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: uploads
  namespace: shop
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,
    live: `apiVersion: v1
kind: PersistentVolumeClaim
${meta('uploads', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', '  annotations:\n    pv.kubernetes.io/bind-completed: "yes"\n    pv.kubernetes.io/bound-by-controller: "yes"\n    volume.beta.kubernetes.io/storage-provisioner: ebs.csi.aws.com\n    volume.kubernetes.io/storage-provisioner: ebs.csi.aws.com\n  finalizers: [kubernetes.io/pvc-protection]\n')}spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
  storageClassName: gp3
  volumeMode: Filesystem
  volumeName: pvc-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
status:
  accessModes: [ReadWriteOnce]
  capacity:
    storage: 5Gi
  phase: Bound
`,
  },
  {
    name: 'Pod with admission-injected service account volume, tolerations and node',
    lastApplied: true,
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: debug
  namespace: shop
spec:
  containers:
    - name: shell
      image: busybox:1.36
      command: [sleep, "3600"]
`,
    live: `apiVersion: v1
kind: Pod
${meta('debug', '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e')}spec:
  containers:
    - name: shell
      image: busybox:1.36
      command: [sleep, "3600"]
      imagePullPolicy: IfNotPresent
      resources: {}
      terminationMessagePath: /dev/termination-log
      terminationMessagePolicy: File
      volumeMounts:
        - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
          name: kube-api-access-x7k2p
          readOnly: true
  dnsPolicy: ClusterFirst
  enableServiceLinks: true
  nodeName: node-a
  preemptionPolicy: PreemptLowerPriority
  priority: 0
  restartPolicy: Always
  schedulerName: default-scheduler
  securityContext: {}
  serviceAccount: default
  serviceAccountName: default
  terminationGracePeriodSeconds: 30
  tolerations:
    - {effect: NoExecute, key: node.kubernetes.io/not-ready, operator: Exists, tolerationSeconds: 300}
    - {effect: NoExecute, key: node.kubernetes.io/unreachable, operator: Exists, tolerationSeconds: 300}
  volumes:
    - name: kube-api-access-x7k2p
      projected:
        defaultMode: 420
        sources:
          - serviceAccountToken: {expirationSeconds: 3607, path: token}
          - configMap:
              name: kube-root-ca.crt
              items: [{key: ca.crt, path: ca.crt}]
status:
  phase: Running
  podIP: 10.244.1.17
  qosClass: BestEffort
  startTime: "2026-11-02T10:00:02Z"
`,
  },
  {
    name: 'immutable ConfigMap and Opaque Secret',
    lastApplied: true,
    manifest: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
immutable: true
data:
  LOG_LEVEL: info
---
apiVersion: v1
kind: Secret
metadata:
  name: api-token
  namespace: shop
stringData:
  token: s3cr3t
`,
    live: `apiVersion: v1
kind: ConfigMap
${meta('settings', '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a')}immutable: true
data:
  LOG_LEVEL: info
---
apiVersion: v1
kind: Secret
${meta('api-token', '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c')}type: Opaque
data:
  token: czNjcjN0
`,
  },
  {
    name: 'StorageClass, PriorityClass and CSIDriver with their defaults',
    lastApplied: true,
    manifest: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
parameters:
  type: gp3
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: batch-low
value: 100
---
apiVersion: storage.k8s.io/v1
kind: CSIDriver
metadata:
  name: ebs.csi.aws.com
spec:
  podInfoOnMount: false
`,
    live: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
  uid: 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d
  resourceVersion: "301"
  creationTimestamp: "2026-11-01T09:00:00Z"
provisioner: ebs.csi.aws.com
parameters:
  type: gp3
reclaimPolicy: Delete
volumeBindingMode: Immediate
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: batch-low
  uid: 8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e
  resourceVersion: "302"
  creationTimestamp: "2026-11-01T09:00:00Z"
preemptionPolicy: PreemptLowerPriority
value: 100
---
apiVersion: storage.k8s.io/v1
kind: CSIDriver
metadata:
  name: ebs.csi.aws.com
  uid: 9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f
  resourceVersion: "303"
  creationTimestamp: "2026-11-01T09:00:00Z"
spec:
  attachRequired: true
  fsGroupPolicy: ReadWriteOnceWithFSType
  podInfoOnMount: false
  requiresRepublish: false
  seLinuxMount: false
  storageCapacity: false
  volumeLifecycleModes: [Persistent]
`,
  },
];
