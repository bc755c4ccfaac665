import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './resize-policy-with-never.js';

const job = (policy: string, resize: string): string =>
  manifests.job(
    `restartPolicy: ${policy}
containers:
  - name: batch
    image: example/batch:1.0
    resizePolicy:
      - resourceName: cpu
        restartPolicy: NotRequired
      - resourceName: memory
        restartPolicy: ${resize}`,
    { name: 'batch' },
  );

runRuleTests(rule, {
  valid: [
    { name: 'NotRequired with Never', code: job('Never', 'NotRequired') },
    { name: 'RestartContainer with OnFailure', code: job('OnFailure', 'RestartContainer') },
    {
      name: '1.32 (oracle is 1.37 only): resize policies are dropped',
      code: job('Never', 'RestartContainer'),
      kubernetesVersion: '1.32',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'RestartContainer with Never is fixed to NotRequired',
      code: job('Never', 'RestartContainer'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].resizePolicy',
          line: 12,
          column: 11,
          message: "must be 'NotRequired' when pod `restartPolicy` is 'Never'",
        },
      ],
      output: job('Never', 'NotRequired'),
    },
  ],
});
