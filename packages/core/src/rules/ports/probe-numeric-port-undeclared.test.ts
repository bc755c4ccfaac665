import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './probe-numeric-port-undeclared.js';

const pod = (ports: string, probe: string): string =>
  manifests.pod(
    manifests.blocks(
      `containers:
  - name: api
    image: example/api:2.0`,
      manifests.indent(ports, 4),
      manifests.indent(probe, 4),
    ),
    { name: 'api' },
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'the probed number is declared',
      code: pod('ports:\n  - containerPort: 8080\n', 'readinessProbe:\n  httpGet: {path: /ready, port: 8080}'),
    },
    {
      name: 'a container that declares no ports is not judged',
      code: pod('', 'readinessProbe:\n  httpGet: {path: /ready, port: 8080}'),
    },
    {
      name: 'a gRPC probe on a declared port',
      code: pod('ports:\n  - containerPort: 9090\n', 'livenessProbe:\n  grpc: {port: 9090}'),
    },
  ],
  invalid: [
    {
      name: '8081 probed, 8080 declared',
      code: pod('ports:\n  - containerPort: 8080\n', 'readinessProbe:\n  httpGet: {path: /ready, port: 8081}'),
      errors: [
        { path: 'spec.containers[0].readinessProbe.httpGet.port', line: 12, column: 33, message: 'declares 8080' },
      ],
    },
    {
      name: 'a gRPC probe on an undeclared port',
      code: pod('ports:\n  - containerPort: 8080\n', 'livenessProbe:\n  grpc:\n    port: 9090'),
      errors: [{ path: 'spec.containers[0].livenessProbe.grpc.port', line: 13, column: 11 }],
    },
  ],
});
