import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './liveness-failure-threshold-one.js';

runRuleTests(rule, {
  valid: [
    { name: 'default threshold', code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}') },
    {
      name: 'zero is defaulted to 3',
      code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  failureThreshold: 0'),
    },
    {
      name: 'readiness may react at once',
      code: pod('readinessProbe:\n  httpGet: {path: /ready, port: 8080}\n  failureThreshold: 1'),
    },
  ],
  invalid: [
    {
      name: 'liveness with failureThreshold 1',
      code: deployment('livenessProbe:\n  tcpSocket: {port: 8080}\n  failureThreshold: 1'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].livenessProbe.failureThreshold',
          line: 17,
          column: 13,
          message: 'after one failed check',
        },
      ],
      output: null,
    },
  ],
});
