import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './probe-port-of-other-container.js';

const pod = (appPorts: string, probe: string): string =>
  manifests.pod(
    manifests.blocks(
      `containers:
  - name: app
    image: example/app:1.0`,
      manifests.indent(appPorts, 4),
      manifests.indent(probe, 4),
      `  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    ports:
      - {name: health, containerPort: 15021}`,
    ),
    { name: 'app' },
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'the app probes its own port',
      code: pod('ports:\n  - {name: http, containerPort: 8080}\n', 'livenessProbe:\n  tcpSocket: {port: 8080}'),
    },
    {
      name: 'the app declares the port as well',
      code: pod('ports:\n  - {containerPort: 15021}\n', 'livenessProbe:\n  tcpSocket: {port: 15021}'),
    },
  ],
  invalid: [
    {
      name: 'a numeric port of the proxy',
      code: pod('', 'livenessProbe:\n  tcpSocket: {port: 15021}'),
      errors: [
        {
          path: 'spec.containers[0].livenessProbe.tcpSocket.port',
          line: 10,
          column: 21,
          message: 'restarted for container "proxy"\'s faults',
        },
      ],
    },
    {
      name: 'a named port of the proxy never resolves',
      code: pod('', 'readinessProbe:\n  httpGet: {path: /healthz/ready, port: health}'),
      errors: [
        { path: 'spec.containers[0].readinessProbe.httpGet.port', line: 10, column: 41, message: 'can never succeed' },
      ],
    },
  ],
});
