import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './storage-object-changed.js';

/** CSIStorageCapacity `cap-zone-a` in namespace kube-system: `storageClassName:` at line 6, `capacity:` at line 9. */
const capacity = (storageClass: string, size: string): string => `apiVersion: storage.k8s.io/v1
kind: CSIStorageCapacity
metadata:
  name: cap-zone-a
  namespace: kube-system
storageClassName: ${storageClass}
nodeTopology:
  matchLabels: {topology.kubernetes.io/zone: zone-a}
capacity: ${size}
`;

/** VolumeAttachment `csi-0abc`: spec fields (column 3) from line 6. */
const attachment = (node: string): string => `apiVersion: storage.k8s.io/v1
kind: VolumeAttachment
metadata:
  name: csi-0abc
spec:
  attacher: ebs.csi.aws.com
  nodeName: ${node}
  source:
    persistentVolumeName: pv-a
`;

runRuleTests(rule, {
  valid: [
    { name: 'the reported capacity changes', old: capacity('fast', '100Gi'), code: capacity('fast', '80Gi') },
    { name: 'a VolumeAttachment is unchanged', old: attachment('node-1'), code: attachment('node-1') },
  ],
  invalid: [
    {
      name: 'the storage class of a capacity changes',
      old: capacity('fast', '100Gi'),
      code: capacity('slow', '100Gi'),
      errors: [{ path: 'storageClassName', line: 6, column: 1, message: 'field is immutable' }],
    },
    {
      name: 'a VolumeAttachment moves to another node (the server reports spec)',
      old: attachment('node-1'),
      code: attachment('node-2'),
      errors: [{ path: 'spec.nodeName', line: 7, column: 3, message: '"node-1" → "node-2"', oracleField: 'spec' }],
    },
  ],
});
