import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './active-deadline-out-of-range.js';

const pod = (deadline: string): string =>
  manifests.pod(
    `restartPolicy: Never
activeDeadlineSeconds: ${deadline}
containers:
  - name: task
    image: busybox:1.36`,
    { name: 'task' },
  );

const job = (deadline: string): string =>
  manifests.job(
    `restartPolicy: Never
activeDeadlineSeconds: ${deadline}
containers:
  - name: task
    image: busybox:1.36`,
    { name: 'task' },
  );

runRuleTests(rule, {
  valid: [
    { name: 'one hour', code: pod('3600') },
    { name: 'the largest int32', code: pod('2147483647') },
    { name: 'a Job template', code: job('600') },
    {
      name: 'beyond 64 bits the decoder refuses the number before validation (schema/wrong-type)',
      code: pod('100000000000000000000000'),
      oracle: 'reject',
    },
  ],
  invalid: [
    {
      name: 'zero',
      code: pod('0'),
      errors: [
        {
          path: 'spec.activeDeadlineSeconds',
          line: 7,
          column: 3,
          message: 'must be between 1 and 2147483647, inclusive',
        },
      ],
    },
    {
      name: 'negative in a Job template',
      code: job('-1'),
      errors: [
        {
          path: 'spec.template.spec.activeDeadlineSeconds',
          line: 9,
          column: 7,
          message: 'kill the pod as soon as it starts',
        },
      ],
    },
  ],
});
