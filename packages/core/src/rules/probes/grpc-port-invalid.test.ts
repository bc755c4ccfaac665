import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './grpc-port-invalid.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'gRPC probe with a port and a service',
      code: pod('livenessProbe:\n  grpc:\n    port: 9090\n    service: readiness'),
    },
    {
      name: 'gRPC probe on a sidecar',
      code: pod(
        '',
        `initContainers:
  - name: agent
    image: example/agent:2.1
    restartPolicy: Always
    startupProbe:
      grpc: {port: 50051}
      failureThreshold: 30
`,
      ),
    },
  ],
  invalid: [
    {
      name: 'gRPC probe without a port',
      code: pod('livenessProbe:\n  grpc: {}'),
      errors: [
        {
          messageId: 'grpcPortMissing',
          path: 'spec.containers[0].livenessProbe.grpc.port',
          line: 10,
          column: 9,
          message: 'has no gRPC port',
        },
      ],
      output: null,
    },
    {
      name: 'negative gRPC port in a Deployment',
      code: deployment('readinessProbe:\n  grpc:\n    port: -1'),
      errors: [
        {
          messageId: 'grpcPortOutOfRange',
          path: 'spec.template.spec.containers[0].readinessProbe.grpc.port',
          line: 17,
          column: 15,
          message: 'must be between 1 and 65535, inclusive',
        },
      ],
    },
  ],
});
