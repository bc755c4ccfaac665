import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './indexed-fields-without-indexed-mode.js';

const pod = `restartPolicy: Never\n${manifests.webContainer()}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'an Indexed Job with per-index limits',
      code: manifests.job(pod, {
        fields: 'completions: 10\ncompletionMode: Indexed\nbackoffLimitPerIndex: 1\nmaxFailedIndexes: 3',
      }),
    },
  ],
  invalid: [
    {
      name: 'backoffLimitPerIndex without a completion mode',
      code: manifests.job(pod, { fields: 'completions: 10\nbackoffLimitPerIndex: 1' }),
      errors: [{ path: 'spec.backoffLimitPerIndex', line: 7, column: 3, messageId: 'needsIndexed' }],
      output: null,
    },
    {
      name: 'a success policy in a NonIndexed CronJob template',
      code: manifests.cronJob(pod, {
        fields: 'completions: 3\ncompletionMode: NonIndexed\nsuccessPolicy:\n  rules:\n    - succeededCount: 1',
      }),
      errors: [{ path: 'spec.jobTemplate.spec.successPolicy', line: 11, column: 7, messageId: 'needsIndexed' }],
    },
  ],
});
