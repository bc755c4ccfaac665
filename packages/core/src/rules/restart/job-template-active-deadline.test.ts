import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './job-template-active-deadline.js';

const cronJob = (jobFields: string, podFields: string): string =>
  manifests.cronJob(
    manifests.blocks(
      'restartPolicy: Never',
      podFields,
      `containers:
  - name: cleanup
    image: example/cleanup:1.0`,
    ),
    { name: 'cleanup', schedule: '*/30 * * * *', fields: jobFields },
  );

runRuleTests(rule, {
  valid: [
    { name: 'a Job-level deadline', code: cronJob('activeDeadlineSeconds: 300\n', '') },
    {
      name: "a deadline the API server refuses is restart/active-deadline-out-of-range's",
      code: cronJob('', 'activeDeadlineSeconds: 0\n'),
      oracle: 'reject',
    },
    {
      name: 'both deadlines: the per-attempt one is deliberate',
      code: cronJob('activeDeadlineSeconds: 900\n', 'activeDeadlineSeconds: 300\n'),
    },
  ],
  invalid: [
    {
      name: 'only the pod template has a deadline',
      code: cronJob('backoffLimit: 3\n', 'activeDeadlineSeconds: 300\n'),
      errors: [
        {
          path: 'spec.jobTemplate.spec.template.spec.activeDeadlineSeconds',
          line: 13,
          column: 11,
          message: 'set spec.jobTemplate.spec.activeDeadlineSeconds instead',
        },
      ],
    },
  ],
});
