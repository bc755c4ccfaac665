import { runRuleTests } from '../../../test/support/rule-tester.js';
import { storageObject } from '../../../test/fixtures/storage/manifests.js';
import rule from './allowed-topologies-invalid.js';

const storageClass = (topologies: string): string =>
  storageObject(
    'StorageClass',
    `provisioner: ebs.csi.aws.com\nvolumeBindingMode: WaitForFirstConsumer\nallowedTopologies:\n${topologies}`,
  );
const zone = (values: string): string =>
  `- matchLabelExpressions: [{key: topology.kubernetes.io/zone, values: [${values}]}]`;

runRuleTests(rule, {
  valid: [
    { name: 'one zone term', code: storageClass(zone('zone-a, zone-b')) },
    { name: 'two different terms', code: storageClass(`${zone('zone-a')}\n${zone('zone-b')}`) },
  ],
  invalid: [
    {
      name: 'an empty term',
      code: storageClass('- matchLabelExpressions: []'),
      errors: [{ path: 'allowedTopologies[0].matchLabelExpressions', line: 8, column: 3, messageId: 'emptyTerm' }],
      output: null,
    },
    {
      name: 'a repeated term',
      code: storageClass(`${zone('zone-a, zone-b')}\n${zone('zone-b, zone-a')}`),
      errors: [{ path: 'allowedTopologies[1].matchLabelExpressions', line: 9, column: 3, messageId: 'duplicateTerm' }],
    },
    {
      name: 'a repeated value',
      code: storageClass(zone('zone-a, zone-a')),
      errors: [
        {
          path: 'allowedTopologies[0].matchLabelExpressions[0].values[1]',
          line: 8,
          column: 79,
          messageId: 'duplicateValue',
        },
      ],
    },
    {
      name: 'a repeated key',
      code: storageClass(
        '- matchLabelExpressions:\n  - {key: topology.kubernetes.io/zone, values: [zone-a]}\n  - {key: topology.kubernetes.io/zone, values: [zone-b]}',
      ),
      errors: [
        { path: 'allowedTopologies[0].matchLabelExpressions[1].key', line: 10, column: 6, messageId: 'duplicateKey' },
      ],
    },
    {
      name: 'a key with a trailing dash',
      code: storageClass('- matchLabelExpressions: [{key: zone-, values: [a]}]'),
      errors: [
        { path: 'allowedTopologies[0].matchLabelExpressions[0].key', line: 8, column: 28, messageId: 'invalidKey' },
      ],
    },
  ],
});
