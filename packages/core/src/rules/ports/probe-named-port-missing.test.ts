import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './probe-named-port-missing.js';

const deployment = (ports: string, probes: string): string =>
  manifests.deployment(`containers:
  - name: web
    image: example/web:1.0
    ports:
${manifests.indent(ports, 6)}
${manifests.indent(probes, 4)}`);

const WEB = '- {name: web, containerPort: 8080}';

const sidecar = manifests.pod(
  `initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
    ports:
      - {name: admin, containerPort: 9901}
    readinessProbe:
      httpGet: {path: /ready, port: admin}
    livenessProbe:
      tcpSocket: {port: admin}
containers:
  - name: app
    image: example/app:1.0`,
  { name: 'mesh' },
);

runRuleTests(rule, {
  valid: [
    {
      name: 'a named probe port that exists',
      code: deployment(WEB, 'livenessProbe:\n  httpGet: {path: /healthz, port: web}'),
    },
    { name: 'a numeric probe port', code: deployment(WEB, 'readinessProbe:\n  tcpSocket: {port: 8080}') },
    { name: 'a sidecar with probes on its own named port', code: sidecar },
  ],
  invalid: [
    {
      name: 'http is not declared, web is; no fix',
      code: deployment(WEB, 'livenessProbe:\n  httpGet: {path: /healthz, port: http}'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].livenessProbe.httpGet.port',
          line: 18,
          column: 39,
          message: 'declares only "web"',
        },
      ],
      output: null,
    },
    {
      name: 'a typo of a declared name is fixed',
      code: deployment(
        '- {name: metrics, containerPort: 9090}',
        'readinessProbe:\n  httpGet: {path: /ready, port: metric}',
      ),
      errors: [
        {
          path: 'spec.template.spec.containers[0].readinessProbe.httpGet.port',
          line: 18,
          column: 37,
          message: 'never becomes ready',
        },
      ],
      output: deployment(
        '- {name: metrics, containerPort: 9090}',
        'readinessProbe:\n  httpGet: {path: /ready, port: metrics}',
      ),
    },
    {
      name: 'a startup probe on a name in a container without named ports',
      code: deployment('- containerPort: 8080', 'startupProbe:\n  tcpSocket:\n    port: web'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].startupProbe.tcpSocket.port',
          line: 19,
          column: 15,
          message: 'no named ports',
        },
      ],
    },
  ],
});
