import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './container-policy-dropped.js';

const pod = (init: string, app: string): string =>
  manifests.pod(
    manifests.blocks(
      `initContainers:
  - name: setup
    image: busybox:1.36`,
      manifests.indent(init, 4),
      `containers:
  - name: train
    image: example/train:4.0`,
      manifests.indent(app, 4),
    ),
    { name: 'train' },
  );

runRuleTests(rule, {
  valid: [
    {
      name: '1.34 (oracle is 1.37 only): a sidecar keeps Always',
      code: pod('restartPolicy: Always\n', ''),
      kubernetesVersion: '1.34',
      oracle: 'skip',
    },
    {
      name: '1.35 accepts the fields (the rule is 1.34 only)',
      code: pod('restartPolicy: Never\n', 'restartPolicy: Never\n'),
      kubernetesVersion: '1.35',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: '1.34 (oracle is 1.37 only): container and init container policies and rules are dropped',
      code: pod(
        'restartPolicy: OnFailure\n',
        'restartPolicy: Never\nrestartPolicyRules:\n  - {action: Restart, exitCodes: {operator: In, values: [42]}}\n',
      ),
      kubernetesVersion: '1.34',
      oracle: 'skip',
      errors: [
        {
          messageId: 'restartPolicyDropped',
          path: 'spec.initContainers[0].restartPolicy',
          line: 9,
          column: 7,
          message: 'drops this restartPolicy',
        },
        { messageId: 'restartPolicyDropped', path: 'spec.containers[0].restartPolicy', line: 13, column: 7 },
        {
          messageId: 'restartPolicyRulesDropped',
          path: 'spec.containers[0].restartPolicyRules',
          line: 14,
          column: 7,
          message: 'will never apply',
        },
      ],
    },
  ],
});
