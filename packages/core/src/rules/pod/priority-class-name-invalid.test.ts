import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './priority-class-name-invalid.js';

const pod = (value: string): string => manifests.pod(`priorityClassName: ${value}\n${manifests.webContainer()}`);

runRuleTests(rule, {
  valid: [{ name: 'a valid name', code: pod('high-priority') }],
  invalid: [
    {
      name: 'capitals and separators',
      code: pod('High_Priority'),
      errors: [{ path: 'spec.priorityClassName', line: 6, column: 3, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'in a Deployment template',
      code: manifests.deployment(`priorityClassName: High_Priority\n${manifests.webContainer()}`),
      errors: [{ path: 'spec.template.spec.priorityClassName', line: 12, column: 7, messageId: 'invalid' }],
    },
  ],
});
