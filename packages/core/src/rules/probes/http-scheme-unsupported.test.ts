import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './http-scheme-unsupported.js';

runRuleTests(rule, {
  valid: [
    { name: 'absent scheme defaults to HTTP', code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}') },
    {
      name: 'empty scheme defaults to HTTP',
      code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080, scheme: ""}'),
    },
    {
      name: 'HTTPS on a preStop hook',
      code: pod('lifecycle:\n  preStop:\n    httpGet: {path: /drain, port: 8443, scheme: HTTPS}'),
    },
  ],
  invalid: [
    {
      name: 'lower-case http is fixed to HTTP',
      code: pod('readinessProbe:\n  httpGet:\n    path: /ready\n    port: 8080\n    scheme: http # plain'),
      errors: [
        { path: 'spec.containers[0].readinessProbe.httpGet.scheme', line: 13, column: 11, message: 'write "HTTP"' },
      ],
      output: pod('readinessProbe:\n  httpGet:\n    path: /ready\n    port: 8080\n    scheme: HTTP # plain'),
    },
    {
      name: 'quoted Https in a Deployment keeps its quotes',
      code: deployment('livenessProbe:\n  httpGet: {path: /healthz, port: 8443, scheme: "Https"}'),
      errors: [{ path: 'spec.template.spec.containers[0].livenessProbe.httpGet.scheme', line: 16, column: 51 }],
      output: deployment('livenessProbe:\n  httpGet: {path: /healthz, port: 8443, scheme: "HTTPS"}'),
    },
    {
      name: 'TCP is no HTTP scheme and has no fix',
      code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080, scheme: TCP}'),
      errors: [
        { path: 'spec.containers[0].livenessProbe.httpGet.scheme', line: 10, column: 47, message: 'case-sensitive' },
      ],
      output: null,
    },
  ],
});
