import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './container-policy-value.js';

const job = (policy: string): string =>
  manifests.job(
    `restartPolicy: OnFailure
containers:
  - name: train
    image: example/train:4.0
    restartPolicy: ${policy}`,
    { name: 'train' },
  );

runRuleTests(rule, {
  valid: [
    { name: 'a container Never in a Job', code: job('Never') },
    { name: 'Always', code: job('Always') },
  ],
  invalid: [
    {
      name: 'lower-case never is fixed',
      code: job('never'),
      errors: [
        { path: 'spec.template.spec.containers[0].restartPolicy', line: 12, column: 11, message: 'write "Never"' },
      ],
      output: job('Never'),
    },
    {
      name: 'an invented value',
      code: job('Sometimes'),
      errors: [{ path: 'spec.template.spec.containers[0].restartPolicy', line: 12, column: 11 }],
      output: null,
    },
  ],
});
