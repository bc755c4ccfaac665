import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './liveness-success-threshold-not-one.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'successThreshold 1',
      code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  successThreshold: 1'),
    },
    {
      name: 'successThreshold 0 is defaulted to 1',
      code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  successThreshold: 0'),
    },
    {
      name: "a negative successThreshold is probes/negative-timing's",
      code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  successThreshold: -1'),
      oracle: 'reject',
    },
    {
      name: 'readiness may require several successes',
      code: pod('readinessProbe:\n  httpGet: {path: /ready, port: 8080}\n  successThreshold: 3'),
    },
  ],
  invalid: [
    {
      name: 'successThreshold 3 is fixed to 1',
      code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  successThreshold: 3'),
      errors: [
        { path: 'spec.containers[0].livenessProbe.successThreshold', line: 11, column: 9, message: 'must be 1' },
      ],
      output: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  successThreshold: 1'),
    },
    {
      name: 'sidecar liveness probe in a Deployment',
      code: deployment(
        '',
        `initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
    livenessProbe:
      tcpSocket: {port: 15021}
      successThreshold: 2
`,
      ),
      errors: [
        {
          path: 'spec.template.spec.initContainers[0].livenessProbe.successThreshold',
          line: 18,
          column: 13,
          message: 'sidecar "proxy"',
        },
      ],
    },
  ],
});
