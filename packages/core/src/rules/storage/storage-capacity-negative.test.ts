import { runRuleTests } from '../../../test/support/rule-tester.js';
import { storageObject } from '../../../test/fixtures/storage/manifests.js';
import rule from './storage-capacity-negative.js';

const capacity = (value: string): string =>
  storageObject('CSIStorageCapacity', `storageClassName: fast\ncapacity: ${value}`, 'cap-a\n  namespace: kube-system');

runRuleTests(rule, {
  valid: [
    { name: 'a hundred gibibytes', code: capacity('100Gi') },
    { name: 'nothing left', code: capacity('"0"') },
  ],
  invalid: [
    {
      name: 'a negative capacity',
      code: capacity('"-1"'),
      errors: [{ path: 'capacity', line: 7, column: 1, messageId: 'negative' }],
      output: null,
    },
  ],
});
