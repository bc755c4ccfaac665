import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './pod-failure-policy-needs-never.js';

const job = (policy: string, failurePolicy = true): string =>
  manifests.job(
    `restartPolicy: ${policy}
containers:
  - name: train
    image: example/train:4.0`,
    {
      name: 'train',
      fields: manifests.blocks(
        'backoffLimit: 3',
        failurePolicy
          ? 'podFailurePolicy:\n  rules:\n    - action: Ignore\n      onPodConditions:\n        - type: DisruptionTarget'
          : '',
      ),
    },
  );

runRuleTests(rule, {
  valid: [
    { name: 'Never with a podFailurePolicy', code: job('Never') },
    { name: 'OnFailure without a podFailurePolicy', code: job('OnFailure', false) },
  ],
  invalid: [
    {
      name: 'OnFailure with a podFailurePolicy is fixed to Never',
      code: job('OnFailure'),
      errors: [
        {
          path: 'spec.template.spec.restartPolicy',
          line: 14,
          column: 7,
          message: 'only "Never" is supported when podFailurePolicy is specified',
        },
      ],
      output: job('Never'),
    },
  ],
});
