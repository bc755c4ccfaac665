import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './success-policy-invalid.js';

const pod = `restartPolicy: Never\n${manifests.webContainer()}`;
const indexed = (policy: string): string =>
  manifests.job(pod, { fields: `completions: 5\ncompletionMode: Indexed\nsuccessPolicy:\n${policy}` });

runRuleTests(rule, {
  valid: [
    { name: 'indexes and a count', code: indexed('  rules:\n    - {succeededIndexes: "0-2,4", succeededCount: 3}') },
  ],
  invalid: [
    {
      name: 'no rules',
      code: indexed('  rules: []'),
      errors: [{ path: 'spec.successPolicy.rules', line: 9, column: 5, messageId: 'noRules' }],
      output: null,
    },
    {
      name: 'an index past the last completion',
      code: indexed('  rules:\n    - {succeededIndexes: "0-5"}'),
      errors: [
        { path: 'spec.successPolicy.rules[0].succeededIndexes', line: 10, column: 10, messageId: 'indexesFormat' },
      ],
    },
    {
      name: 'a count above the listed indexes',
      code: indexed('  rules:\n    - {succeededIndexes: "0,1", succeededCount: 3}'),
      errors: [
        { path: 'spec.successPolicy.rules[0].succeededCount', line: 10, column: 35, messageId: 'countAboveIndexes' },
      ],
    },
  ],
});
