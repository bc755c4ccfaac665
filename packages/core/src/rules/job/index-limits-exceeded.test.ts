import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './index-limits-exceeded.js';

const pod = `restartPolicy: Never\n${manifests.webContainer()}`;
const indexed = (fields: string): string =>
  manifests.job(pod, { fields: `completions: 5\ncompletionMode: Indexed\n${fields}` });

runRuleTests(rule, {
  valid: [
    {
      name: 'per-index backoff with a failed-index budget',
      code: indexed('backoffLimitPerIndex: 1\nmaxFailedIndexes: 2'),
    },
  ],
  invalid: [
    {
      name: 'maxFailedIndexes without backoffLimitPerIndex',
      code: indexed('maxFailedIndexes: 2'),
      errors: [{ path: 'spec.backoffLimitPerIndex', line: 5, column: 1, messageId: 'backoffRequired' }],
      output: null,
    },
    {
      name: 'more failed indexes than completions',
      code: indexed('backoffLimitPerIndex: 1\nmaxFailedIndexes: 6'),
      errors: [{ path: 'spec.maxFailedIndexes', line: 9, column: 3, messageId: 'tooLarge' }],
    },
    {
      name: 'parallelism above 100000',
      code: indexed('parallelism: 100001'),
      errors: [{ path: 'spec.parallelism', line: 8, column: 3, messageId: 'tooLarge' }],
    },
  ],
});
