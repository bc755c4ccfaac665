import { runRuleTests } from '../../testing/rule-tester.js';
import rule from './pod-policy-unsupported.js';

const pod = (policy: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: task
spec:
${policy}  containers:
    - name: task
      image: busybox:1.36
`;

const podTemplate = (policy: string): string => `apiVersion: v1
kind: PodTemplate
metadata:
  name: task
template:
  spec:
${policy}    containers:
      - name: task
        image: busybox:1.36
`;

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      restartPolicy: always
      containers:
        - name: web
          image: nginx:1.27
`;

runRuleTests(rule, {
  valid: [
    { name: 'absent defaults to Always', code: pod('') },
    { name: 'OnFailure', code: pod('  restartPolicy: OnFailure\n') },
    { name: 'Never in a PodTemplate', code: podTemplate('    restartPolicy: Never\n') },
    { name: 'a workload template is left to the workload rules', code: deployment, oracle: 'reject' },
  ],
  invalid: [
    {
      name: 'lower-case always is fixed',
      code: pod('  restartPolicy: always\n'),
      errors: [{ path: 'spec.restartPolicy', line: 6, column: 3, message: 'write "Always"' }],
      output: pod('  restartPolicy: Always\n'),
    },
    {
      name: 'not a policy at all',
      code: podTemplate('    restartPolicy: Sometimes\n'),
      errors: [{ path: 'template.spec.restartPolicy', line: 7, column: 5, message: 'accepts exactly "Always", "OnFailure" or "Never"' }],
      output: null,
    },
  ],
});
