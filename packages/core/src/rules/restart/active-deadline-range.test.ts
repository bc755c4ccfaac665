import { runRuleTests } from '../../testing/rule-tester.js';
import rule from './active-deadline-range.js';

const pod = (deadline: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: task
spec:
  restartPolicy: Never
  activeDeadlineSeconds: ${deadline}
  containers:
    - name: task
      image: busybox:1.36
`;

const job = (deadline: string): string => `apiVersion: batch/v1
kind: Job
metadata:
  name: task
spec:
  template:
    spec:
      restartPolicy: Never
      activeDeadlineSeconds: ${deadline}
      containers:
        - name: task
          image: busybox:1.36
`;

runRuleTests(rule, {
  valid: [
    { name: 'one hour', code: pod('3600') },
    { name: 'the largest int32', code: pod('2147483647') },
    { name: 'a Job template', code: job('600') },
  ],
  invalid: [
    {
      name: 'zero',
      code: pod('0'),
      errors: [{ path: 'spec.activeDeadlineSeconds', line: 7, column: 3, message: 'must be between 1 and 2147483647, inclusive' }],
    },
    {
      name: 'negative in a Job template',
      code: job('-1'),
      errors: [{ path: 'spec.template.spec.activeDeadlineSeconds', line: 9, column: 7, message: 'kill the pod as soon as it starts' }],
    },
  ],
});
