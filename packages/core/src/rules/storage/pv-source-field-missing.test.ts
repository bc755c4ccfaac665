import { runRuleTests } from '../../../test/support/rule-tester.js';
import { VOLUME_BASICS, volume } from '../../../test/fixtures/storage/manifests.js';
import rule from './pv-source-field-missing.js';

const pv = (source: string): string => volume(`${VOLUME_BASICS}\n${source}`);

runRuleTests(rule, {
  valid: [
    {
      name: 'a complete iscsi source',
      code: pv('iscsi: {targetPortal: 10.0.0.1:3260, iqn: iqn.2001-04.com.example:disk, lun: 0}'),
    },
    { name: 'an rbd source', code: pv('rbd: {monitors: [10.0.0.1:6789], image: disk-a}') },
    { name: 'fc by wwids', code: pv('fc: {wwids: [3600508b400105e210000900000490000]}') },
    { name: 'fc by target with lun 0', code: pv('fc: {targetWWNs: [500a0982991b8dc5], lun: 0}') },
    {
      name: 'a csi secret with name and namespace',
      code: pv(
        'csi:\n  driver: ebs.csi.aws.com\n  volumeHandle: vol-1\n  nodePublishSecretRef: {name: creds, namespace: storage}',
      ),
    },
    {
      name: 'a second source is not looked into',
      code: pv('nfs: {server: nfs.example.com, path: /a}\nscaleIO: {}'),
      oracle: 'reject',
    },
  ],
  invalid: [
    {
      name: 'an empty scaleIO source',
      code: pv('scaleIO: {}'),
      errors: [
        { path: 'spec.scaleIO.gateway', line: 8, column: 3, messageId: 'missing' },
        { path: 'spec.scaleIO.system', line: 8, column: 3, messageId: 'missing' },
        { path: 'spec.scaleIO.volumeName', line: 8, column: 3, messageId: 'missing' },
      ],
      output: null,
    },
    {
      name: 'an iscsi source with an empty target portal',
      code: pv('iscsi: {targetPortal: "", iqn: iqn.2001-04.com.example:disk}'),
      errors: [{ path: 'spec.iscsi.targetPortal', line: 8, column: 11, messageId: 'missing' }],
    },
    {
      name: 'rbd without monitors',
      code: pv('rbd: {monitors: [], image: disk-a}'),
      errors: [{ path: 'spec.rbd.monitors', line: 8, column: 9, messageId: 'missing' }],
    },
    {
      name: 'a csi secret without namespace',
      code: pv('csi:\n  driver: ebs.csi.aws.com\n  volumeHandle: vol-1\n  nodeExpandSecretRef: {name: creds}'),
      errors: [{ path: 'spec.csi.nodeExpandSecretRef.namespace', line: 11, column: 5, messageId: 'secretRefField' }],
    },
    {
      name: 'flocker without a dataset',
      code: pv('flocker: {}'),
      errors: [{ path: 'spec.flocker', line: 8, column: 3, messageId: 'flockerDataset' }],
    },
    {
      name: 'fc without a target',
      code: pv('fc: {lun: 1}'),
      errors: [{ path: 'spec.fc.targetWWNs', line: 8, column: 3, messageId: 'fcTarget' }],
    },
    {
      name: 'fc targetWWNs without a lun',
      code: pv('fc: {targetWWNs: [500a0982991b8dc5]}'),
      errors: [{ path: 'spec.fc.lun', line: 8, column: 3, messageId: 'fcLun' }],
    },
    {
      name: 'iscsi CHAP without a secret',
      code: pv('iscsi: {targetPortal: 10.0.0.1:3260, iqn: iqn.2001-04.com.example:disk, chapAuthSession: true}'),
      errors: [{ path: 'spec.iscsi.secretRef', line: 8, column: 3, messageId: 'iscsiSecret' }],
    },
    {
      name: 'a flexVolume after another source is still validated',
      code: pv('nfs: {server: nfs.example.com, path: /a}\nflexVolume: {driver: ""}'),
      errors: [{ path: 'spec.flexVolume.driver', line: 9, column: 16, messageId: 'missing' }],
    },
  ],
});
