import { runRuleTests } from '../../testing/rule-tester.js';
import rule from './rules-unknown-field.js';

const pod = (fields: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: train
spec:
  restartPolicy: Never
  containers:
    - name: train
      image: example/train:4.0
${fields}`;

runRuleTests(rule, {
  valid: [
    { name: '1.33 (oracle is 1.37 only): no rules', code: pod(''), kubernetesVersion: '1.33', oracle: 'skip' },
    { name: '1.37 knows the field', code: pod('      restartPolicy: Never\n      restartPolicyRules:\n        - {action: Restart, exitCodes: {operator: In, values: [42]}}\n') },
  ],
  invalid: [
    {
      name: '1.33 (oracle is 1.37 only): restartPolicyRules',
      code: pod('      restartPolicyRules:\n        - {action: Restart, exitCodes: {operator: In, values: [42]}}\n'),
      kubernetesVersion: '1.33',
      oracle: 'skip',
      errors: [{ path: 'spec.containers[0].restartPolicyRules', line: 10, column: 7, message: 'does not exist in Kubernetes 1.33' }],
    },
  ],
});
