import { runRuleTests } from '../../../test/support/rule-tester.js';
import { budget } from '../../../test/fixtures/policy/manifests.js';
import rule from './budget-amount-invalid.js';

runRuleTests(rule, {
  valid: [
    { name: 'a number', code: budget('minAvailable: 0') },
    { name: 'a percentage of 100', code: budget('maxUnavailable: 100%') },
  ],
  invalid: [
    {
      name: 'a quoted number is written as a number',
      code: budget('minAvailable: "2"'),
      errors: [{ path: 'spec.minAvailable', line: 6, column: 3, messageId: 'format' }],
      output: budget('minAvailable: 2'),
    },
    {
      name: 'negative',
      code: budget('maxUnavailable: -1'),
      errors: [{ path: 'spec.maxUnavailable', line: 6, column: 3, messageId: 'negative' }],
      output: null,
    },
    {
      name: 'above 100%',
      code: budget('minAvailable: 150%'),
      errors: [{ path: 'spec.minAvailable', line: 6, column: 3, messageId: 'over100' }],
    },
  ],
});
