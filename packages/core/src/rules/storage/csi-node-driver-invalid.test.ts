import { runRuleTests } from '../../../test/support/rule-tester.js';
import { storageObject } from '../../../test/fixtures/storage/manifests.js';
import rule from './csi-node-driver-invalid.js';

const node = (driver: string): string =>
  storageObject(
    'CSINode',
    `spec:\n  drivers:\n  - name: ebs.csi.aws.com\n    nodeID: i-0abc\n${driver.replace(/^/gm, '    ')}`,
    'worker-1',
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'a zone key and a volume limit',
      code: node('topologyKeys: [topology.ebs.csi.aws.com/zone]\nallocatable: {count: 25}'),
    },
    { name: 'no topology', code: node('allocatable: {count: 0}') },
  ],
  invalid: [
    {
      name: 'a key listed twice',
      code: node('topologyKeys: [topology.ebs.csi.aws.com/zone, topology.ebs.csi.aws.com/zone]'),
      errors: [
        {
          path: 'spec.drivers[0].topologyKeys[1]',
          line: 9,
          column: 51,
          messageId: 'duplicateKey',
          oracleField: 'spec.drivers[0]',
        },
      ],
      output: null,
    },
    {
      name: 'an empty key',
      code: node('topologyKeys: [""]'),
      errors: [
        {
          path: 'spec.drivers[0].topologyKeys[0]',
          line: 9,
          column: 20,
          messageId: 'emptyKey',
          oracleField: 'spec.drivers[0]',
        },
      ],
    },
    {
      name: 'a key with a space',
      code: node('topologyKeys: ["zone name"]'),
      errors: [
        {
          path: 'spec.drivers[0].topologyKeys[0]',
          line: 9,
          column: 20,
          messageId: 'invalidKey',
          oracleField: 'spec.drivers[0]',
        },
      ],
    },
    {
      name: 'a negative volume count',
      code: node('allocatable: {count: -1}'),
      errors: [{ path: 'spec.drivers[0].allocatable.count', line: 9, column: 19, messageId: 'negativeCount' }],
    },
  ],
});
