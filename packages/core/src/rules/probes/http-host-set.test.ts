import { runRuleTests } from '../../../test/support/rule-tester.js';
import { pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './http-host-set.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'Host header instead of host',
      code: pod(
        'livenessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080\n    httpHeaders: [{name: Host, value: web.example.com}]',
      ),
    },
    { name: 'empty host is the pod IP', code: pod('readinessProbe:\n  httpGet: {host: "", path: /ready, port: 8080}') },
  ],
  invalid: [
    {
      name: 'liveness probe with a host',
      code: pod('livenessProbe:\n  httpGet:\n    host: web.example.com\n    path: /healthz\n    port: 8080'),
      errors: [
        {
          path: 'spec.containers[0].livenessProbe.httpGet.host',
          line: 11,
          column: 11,
          message: 'instead of the pod IP',
        },
      ],
      output: null,
    },
    {
      name: 'preStop hook with a host',
      code: pod('lifecycle:\n  preStop:\n    httpGet: {host: 10.0.0.5, path: /drain, port: 9000}'),
      errors: [
        { path: 'spec.containers[0].lifecycle.preStop.httpGet.host', line: 11, column: 21, message: 'preStop hook' },
      ],
    },
  ],
});
