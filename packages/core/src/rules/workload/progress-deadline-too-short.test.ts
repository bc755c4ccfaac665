import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './progress-deadline-too-short.js';

const containers = manifests.webContainer();

runRuleTests(rule, {
  valid: [
    {
      name: 'deadline longer than minReadySeconds',
      code: manifests.deployment(containers, { fields: 'minReadySeconds: 30\nprogressDeadlineSeconds: 31' }),
    },
    {
      name: 'minReadySeconds below the default deadline',
      code: manifests.deployment(containers, { fields: 'minReadySeconds: 599' }),
    },
  ],
  invalid: [
    {
      name: 'a deadline of 0 with minReadySeconds left at its default of 0',
      code: manifests.deployment(containers, { fields: 'progressDeadlineSeconds: 0' }),
      errors: [{ path: 'spec.progressDeadlineSeconds', line: 6, column: 3 }],
    },
    {
      name: 'equal to minReadySeconds',
      code: manifests.deployment(containers, { fields: 'minReadySeconds: 30\nprogressDeadlineSeconds: 30' }),
      errors: [{ path: 'spec.progressDeadlineSeconds', line: 7, column: 3, messageId: 'tooShort' }],
      output: null,
    },
    {
      name: 'minReadySeconds reaching the default deadline',
      code: manifests.deployment(containers, { fields: 'minReadySeconds: 600' }),
      errors: [
        { path: 'spec.progressDeadlineSeconds', line: 5, column: 1, messageId: 'tooShort', message: '(by default)' },
      ],
    },
  ],
});
