import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, editLine, insertAfter, POD, widget } from '../../../test/fixtures/schema/manifests.js';
import rule from './required-field-missing.js';
import { crd } from '../../../test/fixtures/apiextensions/manifests.js';

const withoutLine = (text: string, line: number): string =>
  text
    .split('\n')
    .filter((_, index) => index !== line - 1)
    .join('\n');

runRuleTests(rule, {
  valid: [
    {
      name: "a pod template's metadata is validated for its labels and annotations only (an incomplete ownerReference is accepted)",
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n      labels: {app: web}\n      ownerReferences: [{uid: abc}]\n    spec: {containers: [{name: web, image: nginx:1.27}]}\n',
    },
    {
      name: 'an empty PVC dataSource is dropped on create (neither a claim nor a VolumeSnapshot)',
      code: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n  dataSource: {}\n',
    },
    { name: 'a complete Pod', code: POD },
    {
      name: 'an empty conversion on update: kubectl apply keeps the stored strategy, which the server defaulted to None',
      code: crd({ spec: 'conversion: {}' }),
      old: crd(),
    },
    { name: 'a Deployment', code: deployment() },
    {
      name: 'imagePullPolicy and other defaulted fields may be left out',
      code: deployment('ports:\n  - containerPort: 8080'),
    },
    {
      name: 'a ReplicationController selector is defaulted from the template labels',
      code: `apiVersion: v1
kind: ReplicationController
metadata:
  name: web
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
`,
    },
  ],
  invalid: [
    {
      name: 'a Deployment without spec has no selector',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n',
      errors: [{ path: 'spec', line: 1, column: 1, oracleField: 'spec.selector' }],
    },
    {
      name: 'a RuntimeClass without handler',
      code: 'apiVersion: node.k8s.io/v1\nkind: RuntimeClass\nmetadata: {name: gvisor}\n',
      errors: [{ path: 'handler', line: 1, column: 1 }],
    },
    {
      name: 'a RoleBinding without roleRef: it grants nothing',
      code: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: readers, namespace: shop}\nsubjects: [{kind: User, name: alice}]\n',
      errors: [{ path: 'roleRef', line: 1, column: 1, oracleField: 'roleRef.kind' }],
    },
    {
      name: 'an autoscaler without scaleTargetRef: it scales nothing',
      code: 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n  maxReplicas: 3\n',
      errors: [{ path: 'spec.scaleTargetRef', line: 4, column: 1, oracleField: 'spec.scaleTargetRef.kind' }],
    },
    {
      name: 'a PVC dataSource naming a claim is validated: its name is required',
      code: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n  dataSource: {kind: PersistentVolumeClaim}\n',
      errors: [{ path: 'spec.dataSource.name', line: 7, column: 3 }],
    },
    {
      name: 'a container without image',
      code: withoutLine(POD, 10),
      errors: [{ path: 'spec.containers[0].image', line: 9, column: 7, message: 'Container has no image' }],
    },
    {
      name: 'a volume without name',
      code: POD.replace('    - name: data\n      emptyDir: {}', '    - emptyDir: {}'),
      errors: [{ path: 'spec.volumes[0].name', line: 21, column: 7, message: 'Volume has no name' }],
    },
    {
      name: 'an env var without name',
      code: insertAfter(POD, 10, '      env:\n        - value: debug'),
      errors: [{ path: 'spec.containers[0].env[0].name', line: 12, column: 11, message: 'EnvVar has no name' }],
    },
    {
      name: 'a Deployment without selector',
      code: deployment().replace('  selector:\n    matchLabels:\n      app: web\n', ''),
      errors: [{ path: 'spec.selector', line: 7, column: 1, message: 'DeploymentSpec has no selector' }],
    },
    {
      name: 'a Service port without port',
      code: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
    - targetPort: 8080
`,
      errors: [{ path: 'spec.ports[0].port', line: 8, column: 7, message: 'ServicePort has no port' }],
    },
    {
      name: 'a null container entry lacks name and image',
      code: editLine(POD, 8, 'containers:', 'containers:\n    -'),
      errors: [
        { path: 'spec.containers[0].image', line: 9, column: 6, message: 'this list entry is empty (null)' },
        { path: 'spec.containers[0].name', line: 9, column: 6, message: 'which has no name' },
      ],
    },
    {
      name: 'a custom resource without a field its CRD requires (custom resources: the oracle cannot judge them)',
      code: widget('color: red'),
      oracle: 'skip',
      errors: [{ path: 'spec.size', line: 36, column: 1, message: 'has no size' }],
    },
    {
      name: 'selector: null is read as no selector',
      code: deployment().replace('  selector:\n    matchLabels:\n      app: web\n', '  selector: null\n'),
      errors: [
        {
          path: 'spec.selector',
          line: 9,
          column: 3,
          message: 'selector is null, which the API server reads as missing',
        },
      ],
    },
    {
      name: 'an empty image',
      code: editLine(POD, 10, 'image: nginx:1.27', 'image: ""'),
      errors: [
        {
          path: 'spec.containers[0].image',
          line: 10,
          column: 7,
          message: 'image is empty, which the API server reads as missing',
        },
      ],
    },
    {
      name: 'an empty containers list',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: []\n',
      errors: [{ path: 'spec.containers', line: 6, column: 3, message: 'containers is an empty list' }],
    },
    {
      name: 'pod volume sources without what locates their data, a taint without effect, a topology requirement without values',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
  volumes:
    - {name: a, secret: {secretName: ""}}
    - {name: b, configMap: {}}
    - {name: c, configMap: {name: settings, items: [{}]}}
    - {name: d, persistentVolumeClaim: {}}
    - {name: e, glusterfs: {}}
    - {name: f, projected: {sources: [{secret: {}}, {configMap: {}}]}}
    - {name: g, rbd: {monitors: []}}
    - {name: h, cinder: {}}
    - {name: i, cephfs: {monitors: []}}
    - {name: j, flexVolume: {}}
    - {name: k, azureFile: {}}
    - {name: l, ephemeral: {}}
    - {name: m, image: {}}
---
apiVersion: v1
kind: Node
metadata:
  name: worker-1
spec:
  taints: [{key: dedicated, effect: ""}]
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: zonal
provisioner: ebs.csi.aws.com
allowedTopologies:
  - matchLabelExpressions: [{key: topology.kubernetes.io/zone, values: []}]
`,
      errors: [
        { path: 'spec.volumes[0].secret.secretName', line: 10, column: 26 },
        { path: 'spec.volumes[1].configMap.name', line: 11, column: 17 },
        { path: 'spec.volumes[2].configMap.items[0].key', line: 12, column: 53 },
        { path: 'spec.volumes[2].configMap.items[0].path', line: 12, column: 53 },
        { path: 'spec.volumes[3].persistentVolumeClaim.claimName', line: 13, column: 17 },
        { path: 'spec.volumes[4].glusterfs.endpoints', line: 14, column: 17 },
        { path: 'spec.volumes[4].glusterfs.path', line: 14, column: 17 },
        { path: 'spec.volumes[5].projected.sources[0].secret.name', line: 15, column: 40 },
        { path: 'spec.volumes[5].projected.sources[1].configMap.name', line: 15, column: 54 },
        { path: 'spec.volumes[6].rbd.image', line: 16, column: 17 },
        { path: 'spec.volumes[6].rbd.monitors', line: 16, column: 23 },
        { path: 'spec.volumes[7].cinder.volumeID', line: 17, column: 17 },
        { path: 'spec.volumes[8].cephfs.monitors', line: 18, column: 26 },
        { path: 'spec.volumes[9].flexVolume.driver', line: 19, column: 17 },
        { path: 'spec.volumes[10].azureFile.secretName', line: 20, column: 17 },
        { path: 'spec.volumes[10].azureFile.shareName', line: 20, column: 17 },
        { path: 'spec.volumes[11].ephemeral.volumeClaimTemplate', line: 21, column: 17 },
        { path: 'spec.volumes[12].image.reference', line: 22, column: 17 },
        { path: 'spec.taints[0].effect', line: 29, column: 29, oracleField: 'metadata.taints[0].effect' },
        { path: 'allowedTopologies[0].matchLabelExpressions[0].values', line: 37, column: 64 },
      ],
    },
    {
      name: 'an empty conversion on create has no strategy',
      code: crd({ spec: 'conversion: {}' }),
      errors: [{ path: 'spec.conversion.strategy', line: 23, column: 3 }],
    },
    {
      name: 'an image dropped on update: the stored one goes with it, as it was applied before',
      code: deployment().replace(/\n *image: .*/, ''),
      old: deployment(),
      errors: [{ path: 'spec.template.spec.containers[0].image', line: 18, column: 11 }],
    },
  ],
});
