import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './liveness-identical-to-readiness.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'different endpoints',
      code: pod(
        'livenessProbe:\n  httpGet: {path: /livez, port: 8080}\nreadinessProbe:\n  httpGet: {path: /ready, port: 8080}',
      ),
    },
    {
      name: 'same endpoint, liveness more tolerant',
      code: pod(
        'livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  failureThreshold: 6\nreadinessProbe:\n  httpGet: {path: /healthz, port: 8080}',
      ),
    },
    {
      name: 'same port, different handler types',
      code: pod('livenessProbe:\n  tcpSocket: {port: 8080}\nreadinessProbe:\n  httpGet: {path: /, port: 8080}'),
    },
    { name: 'only a liveness probe', code: pod('livenessProbe:\n  grpc: {port: 9090}') },
  ],
  invalid: [
    {
      name: 'identical httpGet probes (path "/" defaulted on one side)',
      code: pod(
        'livenessProbe:\n  httpGet: {port: 8080}\nreadinessProbe:\n  httpGet: {path: /, port: 8080, scheme: HTTP}',
      ),
      errors: [
        {
          path: 'spec.containers[0].livenessProbe',
          line: 9,
          column: 7,
          message: 'acts after 30s of failures (readiness: 30s)',
        },
      ],
      output: null,
    },
    {
      name: 'same exec command, liveness less tolerant, in a Deployment',
      code: deployment(
        'readinessProbe:\n  exec: {command: [pg_isready]}\n  failureThreshold: 5\nlivenessProbe:\n  exec: {command: [pg_isready]}',
      ),
      errors: [
        {
          path: 'spec.template.spec.containers[0].livenessProbe',
          line: 18,
          column: 11,
          message: 'higher failureThreshold',
        },
      ],
    },
  ],
});
