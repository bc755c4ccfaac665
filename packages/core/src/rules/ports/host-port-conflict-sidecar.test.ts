import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './host-port-conflict-sidecar.js';

const pod = (proxyPolicy: string, proxyPorts: string, appPorts: string): string =>
  manifests.pod(
    manifests.blocks(
      `initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31.0`,
      manifests.indent(proxyPolicy, 4),
      `    ports:
${manifests.indent(proxyPorts, 6)}
containers:
  - name: app
    image: example/app:1.0
    ports:
${manifests.indent(appPorts, 6)}`,
    ),
    { name: 'mesh' },
  );

const SIDECAR = 'restartPolicy: Always\n';

runRuleTests(rule, {
  valid: [
    {
      name: 'a sidecar with its own host port',
      code: pod(SIDECAR, '- {containerPort: 15000, hostPort: 15000}', '- {containerPort: 8080, hostPort: 8080}'),
    },
    {
      name: 'a regular init container has exited before the app binds',
      code: pod('', '- {containerPort: 15000, hostPort: 15000}', '- {containerPort: 15000, hostPort: 15000}'),
    },
    {
      name: 'same host port over different protocols',
      code: pod(SIDECAR, '- {containerPort: 53, hostPort: 53, protocol: UDP}', '- {containerPort: 53, hostPort: 53}'),
    },
  ],
  invalid: [
    {
      name: 'a sidecar and the app bind TCP//15000',
      code: pod(SIDECAR, '- {containerPort: 15000, hostPort: 15000}', '- {containerPort: 15000, hostPort: 15000}'),
      errors: [
        {
          path: 'spec.initContainers[0].ports[0].hostPort',
          line: 11,
          column: 34,
          message: 'also bound by container "app"',
        },
      ],
    },
  ],
});
