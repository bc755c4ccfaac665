import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './probe-grace-period-not-positive.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'positive grace period on a liveness probe',
      code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  terminationGracePeriodSeconds: 10'),
    },
    { name: 'no grace period', code: pod('startupProbe:\n  tcpSocket: {port: 8080}') },
    {
      name: "on a readiness probe any grace period is probes/readiness-grace-period-set's",
      code: pod('readinessProbe:\n  httpGet: {path: /ready, port: 8080}\n  terminationGracePeriodSeconds: 0'),
      oracle: 'reject',
    },
  ],
  invalid: [
    {
      name: 'zero grace period on a liveness probe',
      code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  terminationGracePeriodSeconds: 0'),
      errors: [
        {
          path: 'spec.containers[0].livenessProbe.terminationGracePeriodSeconds',
          line: 11,
          column: 9,
          message: 'must be greater than 0',
        },
      ],
      output: null,
    },
    {
      name: 'negative grace period on a startup probe in a Deployment',
      code: deployment('startupProbe:\n  tcpSocket: {port: 8080}\n  terminationGracePeriodSeconds: -1'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].startupProbe.terminationGracePeriodSeconds',
          line: 17,
          column: 13,
          message: 'startup probe of container "web"',
        },
      ],
    },
  ],
});
