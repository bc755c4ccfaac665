import { runRuleTests } from '../../testing/rule-tester.js';
import rule from './workload-policy.js';

const job = (policyLine: string): string => `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
${policyLine}      containers:
        - name: migrate
          image: example/migrate:1.0
`;

const deployment = (policyLine: string): string => `apiVersion: apps/v1
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
${policyLine}      containers:
        - name: web
          image: nginx:1.27
`;

runRuleTests(rule, {
  valid: [
    { name: 'Job with OnFailure', code: job('      restartPolicy: OnFailure\n') },
    { name: 'Job with Never', code: job('      restartPolicy: Never\n') },
    { name: 'Deployment without restartPolicy (defaults to Always)', code: deployment('') },
    { name: 'Deployment with Always', code: deployment('      restartPolicy: Always\n') },
  ],
  invalid: [
    {
      name: 'Job with Always is fixed to OnFailure',
      code: job('      restartPolicy: Always\n'),
      errors: [{ path: 'spec.template.spec.restartPolicy', line: 8, column: 7, message: 'OnFailure' }],
      output: job('      restartPolicy: OnFailure\n'),
    },
    {
      name: 'Job without restartPolicy is defaulted to Always and refused',
      code: job(''),
      errors: [{ path: 'spec.template.spec.restartPolicy', line: 7, column: 5, message: 'unset' }],
      output: null,
    },
    {
      name: 'Deployment with Never',
      code: deployment('      restartPolicy: Never\n'),
      errors: [{ path: 'spec.template.spec.restartPolicy', line: 12, column: 7 }],
      output: null,
    },
  ],
});
