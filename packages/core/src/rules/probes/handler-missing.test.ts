import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './handler-missing.js';

const sidecar = `initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
    startupProbe:
      periodSeconds: 2
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'one handler of each kind',
      code: pod(`livenessProbe:
  httpGet: {path: /healthz, port: 8080}
readinessProbe:
  tcpSocket: {port: 8080}
startupProbe:
  exec: {command: [cat, /tmp/started]}`),
    },
    { name: 'gRPC probe', code: pod('livenessProbe:\n  grpc: {port: 9090, service: health}') },
    { name: 'preStop sleep (1.30+)', code: pod('lifecycle:\n  preStop:\n    sleep: {seconds: 5}') },
    {
      name: 'sidecar with probes',
      code: pod(
        '',
        `initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
    readinessProbe:
      httpGet: {path: /ready, port: 15021}
`,
      ),
    },
    {
      name: 'probe with explicit zeros',
      code: pod(
        'readinessProbe:\n  tcpSocket: {port: 8080}\n  timeoutSeconds: 0\n  periodSeconds: 0\n  successThreshold: 0\n  failureThreshold: 0',
      ),
    },
    { name: 'null probe is no probe', code: pod('livenessProbe: null') },
  ],
  invalid: [
    {
      name: 'liveness probe with timing only',
      code: pod('livenessProbe:\n  periodSeconds: 5'),
      errors: [
        {
          messageId: 'handlerMissing',
          path: 'spec.containers[0].livenessProbe',
          line: 9,
          column: 7,
          message: 'must specify a handler type',
        },
      ],
      output: null,
    },
    {
      name: 'empty preStop hook in a Deployment',
      code: deployment('lifecycle:\n  preStop: {}'),
      errors: [
        {
          messageId: 'handlerMissing',
          path: 'spec.template.spec.containers[0].lifecycle.preStop',
          line: 16,
          column: 13,
          message: 'preStop hook of container "web" has no handler',
        },
      ],
    },
    {
      name: 'a null handler does not count',
      code: pod('readinessProbe:\n  exec: null\n  periodSeconds: 5'),
      errors: [{ messageId: 'handlerMissing', path: 'spec.containers[0].readinessProbe', line: 9, column: 7 }],
    },
    {
      name: 'sidecar startup probe without handler',
      code: pod('', sidecar),
      errors: [
        {
          messageId: 'handlerMissing',
          path: 'spec.initContainers[0].startupProbe',
          line: 10,
          column: 7,
          message: 'sidecar "proxy"',
        },
      ],
    },
    {
      name: 'sleep hook on 1.29 is dropped (oracle skipped: it judges 1.37 only)',
      code: pod('lifecycle:\n  preStop:\n    sleep: {seconds: 5}'),
      kubernetesVersion: '1.29',
      oracle: 'skip',
      errors: [
        {
          messageId: 'sleepActionUnavailable',
          path: 'spec.containers[0].lifecycle.preStop',
          line: 10,
          column: 9,
          message: 'does not have',
        },
      ],
    },
  ],
});
