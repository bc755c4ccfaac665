import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './negative-timing.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'explicit zeros are defaults',
      code: pod(
        'livenessProbe:\n  tcpSocket: {port: 8080}\n  initialDelaySeconds: 0\n  timeoutSeconds: 0\n  periodSeconds: 0\n  successThreshold: 0\n  failureThreshold: 0',
      ),
    },
    {
      name: 'positive timings',
      code: pod(
        'readinessProbe:\n  httpGet: {path: /ready, port: 8080}\n  initialDelaySeconds: 5\n  timeoutSeconds: 2\n  periodSeconds: 5\n  successThreshold: 2\n  failureThreshold: 6',
      ),
    },
  ],
  invalid: [
    {
      name: 'negative initial delay',
      code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  initialDelaySeconds: -5'),
      errors: [
        {
          path: 'spec.containers[0].livenessProbe.initialDelaySeconds',
          line: 11,
          column: 9,
          message: 'must be greater than or equal to 0',
        },
      ],
      output: null,
    },
    {
      name: 'negative period and failure threshold in a Deployment readiness probe',
      code: deployment('readinessProbe:\n  tcpSocket: {port: 8080}\n  periodSeconds: -10\n  failureThreshold: -1'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].readinessProbe.periodSeconds',
          line: 17,
          column: 13,
          message: 'periodSeconds to -10',
        },
        {
          path: 'spec.template.spec.containers[0].readinessProbe.failureThreshold',
          line: 18,
          column: 13,
          message: 'failureThreshold to -1',
        },
      ],
    },
  ],
});
