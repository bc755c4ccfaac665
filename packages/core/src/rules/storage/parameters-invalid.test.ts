import { runRuleTests } from '../../../test/support/rule-tester.js';
import { storageObject } from '../../../test/fixtures/storage/manifests.js';
import rule from './parameters-invalid.js';

const MAX_VALUE = 256 * 1024;
const attributesClass = (parameters: string): string =>
  storageObject('VolumeAttributesClass', `driverName: ebs.csi.aws.com\n${parameters}`, 'gold');
const storageClass = (parameters: string): string =>
  storageObject('StorageClass', `provisioner: ebs.csi.aws.com\nvolumeBindingMode: Immediate\n${parameters}`);

runRuleTests(rule, {
  valid: [
    { name: 'a StorageClass without parameters', code: storageClass('') },
    { name: 'an attributes class with iops', code: attributesClass('parameters: {iops: "3000"}') },
  ],
  invalid: [
    {
      name: 'an attributes class without parameters',
      code: attributesClass(''),
      errors: [{ path: 'parameters', line: 1, column: 1, messageId: 'required' }],
      output: null,
    },
    {
      name: 'an empty key',
      code: storageClass('parameters: {"": gp3}'),
      errors: [{ path: 'parameters', line: 7, column: 1, messageId: 'emptyKey' }],
    },
    {
      name: 'more than 256 KiB',
      code: storageClass(`parameters: {policy: "${'x'.repeat(MAX_VALUE)}"}`),
      errors: [{ path: 'parameters', line: 7, column: 1, messageId: 'tooLarge' }],
    },
  ],
});
