import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './readiness-missing.js';

const withSidekick = manifests.statefulSet(
  `containers:
  - name: postgres
    image: postgres:16
    readinessProbe:
      exec: {command: [pg_isready]}
  - name: exporter
    image: prometheuscommunity/postgres-exporter:v0.15.0`,
  { name: 'db' },
);

runRuleTests(rule, {
  valid: [
    {
      name: 'Deployment with a readiness probe',
      code: deployment('readinessProbe:\n  httpGet: {path: /ready, port: 8080}'),
    },
    { name: 'bare Pods are not checked', code: pod('') },
  ],
  invalid: [
    {
      name: 'Deployment without a readiness probe',
      code: deployment(''),
      errors: [{ path: 'spec.template.spec.containers[0]', line: 13, column: 11, message: 'has no readiness probe' }],
      output: null,
    },
    {
      name: 'second container of a StatefulSet without one',
      code: withSidekick,
      errors: [
        { path: 'spec.template.spec.containers[1]', line: 18, column: 11, message: '"exporter" of StatefulSet "db"' },
      ],
    },
  ],
});
