import { runRuleTests } from '../../testing/rule-tester.js';
import { spreadDeployment } from './fixtures.js';
import rule from './missing.js';

const deployment = (replicas: number, spec = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
${spec}      containers:
        - name: web
          image: nginx:1.27
`;

const ANTI_AFFINITY = `      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm:
                topologyKey: kubernetes.io/hostname
                labelSelector: {matchLabels: {app: web}}
`;

runRuleTests(rule, {
  valid: [
    { name: 'spread constraints', code: spreadDeployment('- {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}}') },
    { name: 'pod anti-affinity', code: deployment(3, ANTI_AFFINITY) },
    { name: 'one replica', code: deployment(1) },
  ],
  invalid: [
    {
      name: 'three replicas without spreading',
      code: deployment(3),
      errors: [{ path: 'spec.template.spec', line: 12, column: 5, message: 'runs 3 replicas' }],
      output: null,
    },
  ],
});
