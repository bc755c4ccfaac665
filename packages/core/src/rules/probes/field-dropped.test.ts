import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './field-dropped.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'plain gRPC and HTTP probes',
      code: pod('livenessProbe:\n  grpc: {port: 9090}\nreadinessProbe:\n  httpGet: {path: /ready, port: 8080}'),
    },
    { name: 'preStop hook without a stop signal', code: pod('lifecycle:\n  preStop:\n    sleep: {seconds: 5}') },
    {
      name: "on 1.36 gRPC mode is an unknown field, which is schema/unknown-field's (oracle skipped: it judges 1.37 only)",
      code: pod('readinessProbe:\n  grpc: {port: 9090, mode: Plaintext}'),
      kubernetesVersion: '1.36',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'gRPC TLS mode is dropped on 1.37',
      code: pod('livenessProbe:\n  grpc: {port: 9090, mode: TLS}'),
      errors: [
        { path: 'spec.containers[0].livenessProbe.grpc.mode', line: 10, column: 28, message: 'GRPCContainerProbeTLS' },
      ],
      output: null,
    },
    {
      name: 'HTTP/2 protocol on a readiness probe and a stop signal in a Deployment',
      code: deployment(
        'lifecycle:\n  stopSignal: SIGUSR1\nreadinessProbe:\n  httpGet:\n    path: /ready\n    port: 8080\n    protocol: HTTP2',
      ),
      errors: [
        {
          path: 'spec.template.spec.containers[0].lifecycle.stopSignal',
          line: 16,
          column: 13,
          message: 'ContainerStopSignals',
        },
        {
          path: 'spec.template.spec.containers[0].readinessProbe.httpGet.protocol',
          line: 21,
          column: 15,
          message: 'silently drops the field',
        },
      ],
    },
    {
      name: 'a stop signal on 1.33, where ContainerStopSignals is alpha (oracle skipped: it judges 1.37 only)',
      code: pod('lifecycle:\n  stopSignal: SIGTERM'),
      kubernetesVersion: '1.33',
      oracle: 'skip',
      errors: [
        { path: 'spec.containers[0].lifecycle.stopSignal', line: 10, column: 9, message: 'ContainerStopSignals' },
      ],
    },
  ],
});
