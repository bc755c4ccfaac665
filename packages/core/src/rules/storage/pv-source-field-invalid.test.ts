import { runRuleTests } from '../../../test/support/rule-tester.js';
import { VOLUME_BASICS, volume } from '../../../test/fixtures/storage/manifests.js';
import rule from './pv-source-field-invalid.js';

const pv = (source: string): string => volume(`${VOLUME_BASICS}\n${source}`);
const affinity =
  'nodeAffinity:\n  required:\n    nodeSelectorTerms:\n    - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [worker-1]}]';

runRuleTests(rule, {
  valid: [
    { name: 'an absolute nfs path', code: pv('nfs: {server: nfs.example.com, path: /exports/a}') },
    { name: 'an iqn', code: pv('iscsi: {targetPortal: 10.0.0.1:3260, iqn: iqn.2001-04.com.example:disk, lun: 255}') },
    { name: 'a quobyte registry of two hosts', code: pv('quobyte: {registry: "a:7861,b:7861", volume: data}') },
    {
      name: 'csi secrets with valid names',
      code: pv(
        'csi:\n  driver: ebs.csi.aws.com\n  volumeHandle: vol-1\n  nodePublishSecretRef: {name: creds.v1, namespace: storage}',
      ),
    },
  ],
  invalid: [
    {
      name: 'a relative nfs path',
      code: pv('nfs: {server: nfs.example.com, path: exports/a}'),
      errors: [{ path: 'spec.nfs.path', line: 8, column: 34, messageId: 'notAbsolute' }],
      output: null,
    },
    {
      name: 'a local path with ..',
      code: pv(`local: {path: /mnt/../etc}\n${affinity}`),
      errors: [{ path: 'spec.local.path', line: 8, column: 11, messageId: 'backsteps' }],
    },
    {
      name: 'an iqn without a date',
      code: pv('iscsi: {targetPortal: 10.0.0.1:3260, iqn: iqn.example:disk, lun: 0}'),
      errors: [{ path: 'spec.iscsi.iqn', line: 8, column: 40, messageId: 'iscsiName' }],
    },
    {
      name: 'an iscsi lun of 256',
      code: pv('iscsi: {targetPortal: 10.0.0.1:3260, iqn: iqn.2001-04.com.example:disk, lun: 256}'),
      errors: [{ path: 'spec.iscsi.lun', line: 8, column: 75, messageId: 'range' }],
    },
    {
      name: 'fc with targets and wwids',
      code: pv('fc: {targetWWNs: [500a0982991b8dc5], lun: 0, wwids: [3600508b400105e210000900000490000]}'),
      errors: [{ path: 'spec.fc.targetWWNs', line: 8, column: 8, messageId: 'fcBoth' }],
    },
    {
      name: 'a flocker dataset name with a slash',
      code: pv('flocker: {datasetName: a/b}'),
      errors: [{ path: 'spec.flocker.datasetName', line: 8, column: 13, messageId: 'flockerSlash' }],
    },
    {
      name: 'a csi secret namespace with a dot',
      code: pv(
        'csi:\n  driver: ebs.csi.aws.com\n  volumeHandle: vol-1\n  nodePublishSecretRef: {name: creds, namespace: a.b}',
      ),
      errors: [{ path: 'spec.csi.nodePublishSecretRef.namespace', line: 11, column: 41, messageId: 'invalidName' }],
    },
    {
      name: 'a reserved flexVolume option',
      code: pv('flexVolume: {driver: example.com/flex, options: {kubernetes.io/secret: x}}'),
      errors: [
        { path: 'spec.flexVolume.options[kubernetes.io/secret]', line: 8, column: 52, messageId: 'reservedOption' },
      ],
    },
    {
      name: 'a managed Azure disk with a blob URL',
      code: pv('azureDisk: {diskName: d, diskURI: "https://x.blob.core.windows.net/c/d.vhd", kind: Managed}'),
      errors: [{ path: 'spec.azureDisk.diskURI', line: 8, column: 28, messageId: 'azureDiskUri' }],
    },
    {
      name: 'a long portal with an initiator name',
      code: pv(
        `iscsi: {targetPortal: ${'p'.repeat(60)}:3260, iqn: iqn.2001-04.com.example:disk, lun: 0, initiatorName: iqn.2001-04.com.example:node}`,
      ),
      errors: [
        {
          path: 'spec.iscsi.targetPortal',
          line: 8,
          column: 11,
          messageId: 'iscsiPortalLength',
          oracleField: 'spec.iscsi.targetportal',
        },
      ],
    },
    {
      name: 'recycling a hostPath of /',
      code: volume(`${VOLUME_BASICS}\npersistentVolumeReclaimPolicy: Recycle\nhostPath: {path: "//"}`),
      errors: [{ path: 'spec.persistentVolumeReclaimPolicy', line: 8, column: 3, messageId: 'recycleRoot' }],
    },
    {
      name: 'a quobyte registry without a port',
      code: pv('quobyte: {registry: registry.example.com, volume: data}'),
      errors: [{ path: 'spec.quobyte.registry', line: 8, column: 13, messageId: 'quobyteRegistry' }],
    },
  ],
});
