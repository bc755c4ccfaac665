import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './negative-value.js';

const pod = `restartPolicy: Never\n${manifests.webContainer()}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'zero retries and immediate clean-up',
      code: manifests.job(pod, { fields: 'backoffLimit: 0\nttlSecondsAfterFinished: 0\nparallelism: 0' }),
    },
    {
      name: 'a CronJob template with positive counts',
      code: manifests.cronJob(pod, { fields: 'completions: 3\nparallelism: 2' }),
    },
  ],
  invalid: [
    {
      name: 'negative backoffLimit and ttl',
      code: manifests.job(pod, { fields: 'backoffLimit: -1\nttlSecondsAfterFinished: -1' }),
      errors: [
        { path: 'spec.backoffLimit', line: 6, column: 3, messageId: 'negative' },
        { path: 'spec.ttlSecondsAfterFinished', line: 7, column: 3, messageId: 'negative' },
      ],
      output: null,
    },
    {
      name: 'negative parallelism in a CronJob template',
      code: manifests.cronJob(pod, { fields: 'parallelism: -2' }),
      errors: [{ path: 'spec.jobTemplate.spec.parallelism', line: 9, column: 7, messageId: 'negative' }],
    },
  ],
});
