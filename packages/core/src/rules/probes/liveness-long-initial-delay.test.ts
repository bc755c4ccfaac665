import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './liveness-long-initial-delay.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'short delay',
      code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  initialDelaySeconds: 15'),
    },
    {
      name: 'long delay with a startup probe',
      code: pod(
        'startupProbe:\n  httpGet: {path: /healthz, port: 8080}\n  failureThreshold: 30\nlivenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  initialDelaySeconds: 120',
      ),
    },
    {
      name: 'long delay on a readiness probe',
      code: pod('readinessProbe:\n  httpGet: {path: /ready, port: 8080}\n  initialDelaySeconds: 90'),
    },
  ],
  invalid: [
    {
      name: 'five-minute liveness delay',
      code: deployment('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  initialDelaySeconds: 300'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].livenessProbe.initialDelaySeconds',
          line: 17,
          column: 13,
          message: 'periodSeconds: 10 and failureThreshold: 30',
        },
      ],
      output: null,
    },
    {
      name: 'exactly one minute',
      code: pod('livenessProbe:\n  tcpSocket: {port: 8080}\n  initialDelaySeconds: 60\n  periodSeconds: 20'),
      errors: [
        {
          path: 'spec.containers[0].livenessProbe.initialDelaySeconds',
          line: 11,
          column: 9,
          message: 'failureThreshold: 3',
        },
      ],
    },
  ],
});
