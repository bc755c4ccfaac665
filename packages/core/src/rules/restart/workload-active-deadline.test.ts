import { runRuleTests } from '../../testing/rule-tester.js';
import rule from './workload-active-deadline.js';

const apps = (kind: string, deadline: string): string => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
${deadline}      containers:
        - name: web
          image: nginx:1.27
`;

const job = `apiVersion: batch/v1
kind: Job
metadata:
  name: once
spec:
  template:
    spec:
      restartPolicy: Never
      activeDeadlineSeconds: 600
      containers:
        - name: once
          image: busybox:1.36
`;

runRuleTests(rule, {
  valid: [
    { name: 'a Deployment without a deadline', code: apps('Deployment', '') },
    { name: 'a Job template may set it', code: job },
  ],
  invalid: [
    {
      name: 'a Deployment is validated as a ReplicaSet',
      code: apps('Deployment', '      activeDeadlineSeconds: 600\n'),
      errors: [{ path: 'spec.template.spec.activeDeadlineSeconds', line: 12, column: 7, message: 'activeDeadlineSeconds in ReplicaSet is not Supported' }],
    },
    {
      name: 'a StatefulSet',
      code: apps('StatefulSet', '      activeDeadlineSeconds: 600\n'),
      errors: [{ path: 'spec.template.spec.activeDeadlineSeconds', line: 12, column: 7, message: 'activeDeadlineSeconds in StatefulSet is not Supported' }],
    },
    {
      name: 'a DaemonSet',
      code: apps('DaemonSet', '      activeDeadlineSeconds: 60\n'),
      errors: [{ path: 'spec.template.spec.activeDeadlineSeconds', line: 12, column: 7, message: 'activeDeadlineSeconds in DaemonSet is not Supported' }],
    },
  ],
});
