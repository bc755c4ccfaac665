import { runRuleTests } from '../../../test/support/rule-tester.js';
import { VOLUME_BASICS, storageObject, volume } from '../../../test/fixtures/storage/manifests.js';
import rule from './driver-name-invalid.js';

const storageClass = (provisioner: string): string =>
  storageObject('StorageClass', `provisioner: ${provisioner}\nvolumeBindingMode: Immediate`);
const attachment = (attacher: string): string =>
  storageObject(
    'VolumeAttachment',
    `spec:\n  attacher: ${attacher}\n  nodeName: worker-1\n  source: {persistentVolumeName: pv-a}`,
    'va-a',
  );

runRuleTests(rule, {
  valid: [
    { name: 'an in-tree provisioner', code: storageClass('kubernetes.io/aws-ebs') },
    { name: 'a CSI provisioner in upper case', code: storageClass('EBS.csi.aws.com') },
    { name: 'an attacher', code: attachment('ebs.csi.aws.com') },
    {
      name: 'a csi volume',
      code: volume(`${VOLUME_BASICS}\ncsi: {driver: ebs.csi.aws.com, volumeHandle: vol-1}`),
    },
    {
      name: 'a VolumeAttributesClass',
      code: storageObject('VolumeAttributesClass', 'driverName: ebs.csi.aws.com\nparameters: {iops: "3000"}', 'gold'),
    },
  ],
  invalid: [
    {
      name: 'an empty provisioner',
      code: storageClass('""'),
      errors: [{ path: 'provisioner', line: 5, column: 1, messageId: 'required' }],
      output: null,
    },
    {
      name: 'a provisioner ending in a dash',
      code: storageClass('example.com/csi-'),
      errors: [{ path: 'provisioner', line: 5, column: 1, messageId: 'invalid' }],
    },
    {
      name: 'an attacher with a slash',
      code: attachment('example.com/csi'),
      errors: [{ path: 'spec.attacher', line: 6, column: 3, messageId: 'invalid' }],
    },
    {
      name: 'a 64-character CSI driver',
      code: volume(`${VOLUME_BASICS}\ncsi: {driver: ${'a'.repeat(60)}.com, volumeHandle: vol-1}`),
      errors: [{ path: 'spec.csi.driver', line: 8, column: 9, messageId: 'tooLong' }],
    },
    {
      name: 'a CSINode driver with a space',
      code: storageObject('CSINode', 'spec:\n  drivers:\n  - {name: "ebs csi", nodeID: i-0abc}', 'worker-1'),
      errors: [{ path: 'spec.drivers[0].name', line: 7, column: 6, messageId: 'invalid' }],
    },
    {
      name: 'a VolumeAttributesClass without driver',
      code: storageObject('VolumeAttributesClass', 'parameters: {iops: "3000"}', 'gold'),
      errors: [{ path: 'driverName', line: 1, column: 1, messageId: 'required' }],
    },
  ],
});
