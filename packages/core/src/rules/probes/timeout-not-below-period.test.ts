import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './timeout-not-below-period.js';

runRuleTests(rule, {
  valid: [
    { name: 'defaults: 1s timeout, 10s period', code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}') },
    {
      name: 'explicit zeros are the defaults',
      code: pod('readinessProbe:\n  tcpSocket: {port: 8080}\n  timeoutSeconds: 0\n  periodSeconds: 0'),
    },
    {
      name: 'timeout below period',
      code: pod('readinessProbe:\n  tcpSocket: {port: 8080}\n  timeoutSeconds: 4\n  periodSeconds: 5'),
    },
  ],
  invalid: [
    {
      name: 'timeout above period',
      code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  timeoutSeconds: 10\n  periodSeconds: 5'),
      errors: [
        {
          path: 'spec.containers[0].livenessProbe.timeoutSeconds',
          line: 11,
          column: 9,
          message: 'shorter than periodSeconds (e.g. 2)',
        },
      ],
      output: null,
    },
    {
      name: 'timeout equal to the default period of 10 in a Deployment',
      code: deployment('readinessProbe:\n  grpc: {port: 9090}\n  timeoutSeconds: 10'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].readinessProbe.timeoutSeconds',
          line: 17,
          column: 13,
          message: 'every 10s',
        },
      ],
    },
  ],
});
