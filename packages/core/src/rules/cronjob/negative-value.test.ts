import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './negative-value.js';

const cron = (fields: string): string =>
  manifests
    .cronJob(`restartPolicy: OnFailure\n${manifests.webContainer()}`)
    .replace('  schedule:', `${manifests.indent(fields, 2)}\n  schedule:`);

runRuleTests(rule, {
  valid: [
    {
      name: 'no history kept',
      code: cron('successfulJobsHistoryLimit: 0\nfailedJobsHistoryLimit: 0\nstartingDeadlineSeconds: 0'),
    },
  ],
  invalid: [
    {
      name: 'negative limits',
      code: cron('startingDeadlineSeconds: -10\nfailedJobsHistoryLimit: -1'),
      errors: [
        { path: 'spec.startingDeadlineSeconds', line: 6, column: 3, messageId: 'negative' },
        { path: 'spec.failedJobsHistoryLimit', line: 7, column: 3, messageId: 'negative' },
      ],
      output: null,
    },
  ],
});
