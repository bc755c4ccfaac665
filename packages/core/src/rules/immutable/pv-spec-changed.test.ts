import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './pv-spec-changed.js';

/** PersistentVolume `pv-a`: spec fields (column 3) start at line 6, then capacity and accessModes. */
const volume = (specFields: string, capacity = '10Gi'): string => `apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv-a
spec:
${specFields}  capacity:
    storage: ${capacity}
  accessModes: [ReadWriteOnce]
`;

const NFS = (server: string): string => `  nfs:\n    server: ${server}\n    path: /exports/a\n`;
const CSI = (extra = ''): string => `  csi:\n    driver: ebs.csi.aws.com\n    volumeHandle: vol-0abc\n${extra}`;
const LOCAL_AFFINITY = (key: string): string =>
  `  local:\n    path: /mnt/disks/ssd1\n  nodeAffinity:\n    required:\n      nodeSelectorTerms:\n        - matchExpressions:\n            - {key: ${key}, operator: In, values: [zone-a]}\n`;

runRuleTests(rule, {
  valid: [
    {
      name: 'capacity and reclaim policy change',
      old: volume(NFS('nfs1.example.com')),
      code: volume(`${NFS('nfs1.example.com')}  persistentVolumeReclaimPolicy: Delete\n`, '20Gi'),
    },
    {
      name: 'csi.controllerExpandSecretRef is added',
      old: volume(CSI()),
      code: volume(CSI('    controllerExpandSecretRef: {name: expand, namespace: kube-system}\n')),
    },
    {
      name: 'node affinity moves from a beta label to its GA name',
      old: volume(LOCAL_AFFINITY('failure-domain.beta.kubernetes.io/zone')),
      code: volume(LOCAL_AFFINITY('topology.kubernetes.io/zone')),
    },
  ],
  invalid: [
    {
      name: 'the NFS server changes (the server reports spec.persistentvolumesource with a diff)',
      old: volume(NFS('nfs1.example.com')),
      code: volume(NFS('nfs2.example.com')),
      errors: [
        {
          path: 'spec.nfs.server',
          line: 7,
          column: 5,
          message: '"nfs1.example.com" → "nfs2.example.com"',
          oracleField: 'spec.persistentvolumesource',
        },
      ],
    },
    {
      name: 'volumeMode changes (the server path has no spec. prefix)',
      old: volume(NFS('nfs1.example.com')),
      code: volume(`${NFS('nfs1.example.com')}  volumeMode: Block\n`),
      errors: [
        { path: 'spec.volumeMode', line: 9, column: 3, message: 'field is immutable', oracleField: 'volumeMode' },
      ],
    },
    {
      name: 'node affinity moves to another label (the server path has no spec. prefix)',
      old: volume(LOCAL_AFFINITY('topology.kubernetes.io/zone')),
      code: volume(LOCAL_AFFINITY('example.com/rack')),
      errors: [
        {
          path: 'spec.nodeAffinity',
          line: 8,
          column: 3,
          message: 'except for updating from beta label to GA',
          oracleField: 'nodeAffinity',
        },
      ],
    },
  ],
});
