import { runRuleTests } from '../../../test/support/rule-tester.js';
import { storageObject } from '../../../test/fixtures/storage/manifests.js';
import rule from './volume-attachment-invalid.js';

const attachment = (spec: string): string =>
  storageObject('VolumeAttachment', `spec:\n  attacher: ebs.csi.aws.com\n${spec.replace(/^/gm, '  ')}`, 'csi-0abc');

runRuleTests(rule, {
  valid: [
    {
      name: 'an inline csi volume that keeps its data',
      code: attachment(
        'nodeName: worker-1\nsource:\n  inlineVolumeSpec:\n    accessModes: [ReadWriteOnce]\n    persistentVolumeReclaimPolicy: Retain\n    csi: {driver: ebs.csi.aws.com, volumeHandle: vol-1}',
      ),
    },
    {
      name: 'a PersistentVolume on a node',
      code: attachment('nodeName: worker-1\nsource: {persistentVolumeName: pv-a}'),
    },
    {
      name: 'a dotted node name',
      code: attachment('nodeName: ip-10-0-0-1.ec2.internal\nsource: {persistentVolumeName: pv-a}'),
    },
  ],
  invalid: [
    {
      name: 'an inline volume with capacity and no csi',
      code: attachment(
        'nodeName: worker-1\nsource:\n  inlineVolumeSpec:\n    accessModes: [ReadWriteOnce]\n    capacity: {storage: 1Gi}\n    nfs: {server: a, path: /a}',
      ),
      errors: [
        { path: 'spec.source.inlineVolumeSpec.csi', line: 9, column: 5, messageId: 'inlineNeedsCsi' },
        { path: 'spec.source.inlineVolumeSpec.capacity', line: 11, column: 7, messageId: 'inlineForbidden' },
      ],
    },
    {
      name: 'no source',
      code: attachment('nodeName: worker-1\nsource: {}'),
      errors: [{ path: 'spec.source', line: 8, column: 3, messageId: 'noSource' }],
      output: null,
    },
    {
      name: 'an empty volume name',
      code: attachment('nodeName: worker-1\nsource: {persistentVolumeName: ""}'),
      errors: [{ path: 'spec.source.persistentVolumeName', line: 8, column: 12, messageId: 'emptyVolumeName' }],
    },
    {
      name: 'an upper-case volume name',
      code: attachment('nodeName: worker-1\nsource: {persistentVolumeName: PV_A}'),
      errors: [{ path: 'spec.source.persistentVolumeName', line: 8, column: 12, messageId: 'invalidName' }],
    },
    {
      name: 'no node name',
      code: attachment('source: {persistentVolumeName: pv-a}'),
      errors: [{ path: 'spec.nodeName', line: 5, column: 1, messageId: 'noNodeName' }],
    },
    {
      name: 'a node name with a slash',
      code: attachment('nodeName: zone/worker-1\nsource: {persistentVolumeName: pv-a}'),
      errors: [{ path: 'spec.nodeName', line: 7, column: 3, messageId: 'invalidName' }],
    },
  ],
});
