import { runRuleTests } from '../../../test/support/rule-tester.js';
import { budget } from '../../../test/fixtures/policy/manifests.js';
import rule from './budget-min-and-max.js';

runRuleTests(rule, {
  valid: [
    { name: 'minAvailable alone', code: budget('minAvailable: 2') },
    { name: 'maxUnavailable alone', code: budget('maxUnavailable: 25%') },
  ],
  invalid: [
    {
      name: 'both',
      code: budget('minAvailable: 2\nmaxUnavailable: 1'),
      errors: [{ path: 'spec', line: 5, column: 1, messageId: 'both' }],
      output: null,
    },
  ],
});
