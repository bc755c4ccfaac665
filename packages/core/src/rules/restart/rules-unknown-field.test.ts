import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './rules-unknown-field.js';

const pod = (fields: string, ephemeral = ''): string =>
  manifests.pod(
    manifests.blocks(
      `restartPolicy: Never
containers:
  - name: train
    image: example/train:4.0`,
      manifests.indent(fields, 4),
      ephemeral,
    ),
    { name: 'train' },
  );

runRuleTests(rule, {
  valid: [
    { name: '1.33 (oracle is 1.37 only): no rules', code: pod(''), kubernetesVersion: '1.33', oracle: 'skip' },
    {
      name: "1.33 (oracle is 1.37 only): on an ephemeral container the field is schema/unknown-field's",
      code: pod('', 'ephemeralContainers:\n  - name: debugger\n    image: busybox:1.36\n    restartPolicyRules: []'),
      kubernetesVersion: '1.33',
      oracle: 'skip',
    },
    {
      name: '1.37 knows the field',
      code: pod(
        'restartPolicy: Never\nrestartPolicyRules:\n  - {action: Restart, exitCodes: {operator: In, values: [42]}}\n',
      ),
    },
  ],
  invalid: [
    {
      name: '1.33 (oracle is 1.37 only): restartPolicyRules',
      code: pod('restartPolicyRules:\n  - {action: Restart, exitCodes: {operator: In, values: [42]}}\n'),
      kubernetesVersion: '1.33',
      oracle: 'skip',
      errors: [
        {
          path: 'spec.containers[0].restartPolicyRules',
          line: 10,
          column: 7,
          message: 'does not exist in Kubernetes 1.33',
        },
      ],
    },
  ],
});
