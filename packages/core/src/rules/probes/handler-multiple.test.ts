import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './handler-multiple.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'one handler per probe and hook',
      code: pod(
        'readinessProbe:\n  httpGet: {path: /ready, port: 8080}\nlifecycle:\n  preStop:\n    sleep: {seconds: 3}',
      ),
    },
    { name: 'a null second handler is absent', code: pod('livenessProbe:\n  grpc: {port: 9090}\n  exec: null') },
  ],
  invalid: [
    {
      name: 'httpGet and tcpSocket on a readiness probe',
      code: pod('readinessProbe:\n  httpGet: {path: /ready, port: 8080}\n  tcpSocket: {port: 8080}'),
      errors: [
        { path: 'spec.containers[0].readinessProbe.tcpSocket', line: 11, column: 9, message: 'already uses httpGet' },
      ],
      output: null,
    },
    {
      name: 'three handlers: each later one is reported, even when written first',
      code: deployment(
        'livenessProbe:\n  grpc: {port: 9090}\n  tcpSocket: {port: 8080}\n  exec: {command: [/bin/true]}',
      ),
      errors: [
        {
          path: 'spec.template.spec.containers[0].livenessProbe.grpc',
          line: 16,
          column: 13,
          message: 'already uses exec',
        },
        {
          path: 'spec.template.spec.containers[0].livenessProbe.tcpSocket',
          line: 17,
          column: 13,
          message: 'already uses exec',
        },
      ],
    },
    {
      name: 'preStop with exec and sleep',
      code: pod('lifecycle:\n  preStop:\n    exec: {command: [nginx, -s, quit]}\n    sleep: {seconds: 5}'),
      errors: [
        {
          path: 'spec.containers[0].lifecycle.preStop.sleep',
          line: 12,
          column: 11,
          message: 'so sleep is a second handler',
        },
      ],
    },
  ],
});
