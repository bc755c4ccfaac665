import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './api-version-removed.js';

const cronJob = (apiVersion: string): string => `apiVersion: ${apiVersion}
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: example/report:1.0
`;

const flowSchema = (apiVersion: string): string => `apiVersion: ${apiVersion}
kind: FlowSchema
metadata:
  name: health
spec:
  priorityLevelConfiguration: {name: exempt}
  matchingPrecedence: 500
  rules:
    - subjects: [{kind: Group, group: {name: "system:unauthenticated"}}]
      nonResourceRules: [{verbs: ["get"], nonResourceURLs: ["/healthz"]}]
`;

runRuleTests(rule, {
  valid: [
    { name: 'batch/v1 CronJob', code: cronJob('batch/v1') },
    {
      name: 'flowcontrol v1beta3 is still served by 1.31 (older release: the oracle judges 1.37 only)',
      code: flowSchema('flowcontrol.apiserver.k8s.io/v1beta3'),
      kubernetesVersion: '1.31',
      oracle: 'skip',
    },
    { name: 'flowcontrol v1', code: flowSchema('flowcontrol.apiserver.k8s.io/v1') },
  ],
  invalid: [
    {
      name: 'batch/v1beta1 CronJob, removed in 1.25',
      code: cronJob('batch/v1beta1'),
      errors: [
        { path: 'apiVersion', line: 1, column: 1, message: 'batch/v1beta1 CronJob was removed in Kubernetes 1.25' },
      ],
    },
    {
      name: 'extensions/v1beta1 Deployment names apps/v1',
      code: `apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx:1.27}]
`,
      errors: [{ path: 'apiVersion', line: 1, column: 1, message: 'use apiVersion: apps/v1' }],
    },
    {
      name: 'policy/v1beta1 PodSecurityPolicy has no replacement kind',
      code: 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: restricted\nspec: {}\n',
      errors: [{ path: 'apiVersion', line: 1, column: 1, message: 'Pod Security Admission' }],
    },
    {
      name: 'flowcontrol v1beta3 at 1.37, removed in 1.32',
      code: flowSchema('flowcontrol.apiserver.k8s.io/v1beta3'),
      errors: [
        {
          path: 'apiVersion',
          line: 1,
          column: 1,
          message:
            'it was removed in Kubernetes 1.32, so the 1.37 API server refuses the object; use apiVersion: flowcontrol.apiserver.k8s.io/v1',
        },
      ],
    },
  ],
});
