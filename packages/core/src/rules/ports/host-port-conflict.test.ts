import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './host-port-conflict.js';

const pod = (first: string, second: string, extra = ''): string =>
  manifests.pod(
    manifests.blocks(
      extra,
      `containers:
  - name: a
    image: nginx:1.27
    ports:
${manifests.indent(first, 6)}
  - name: b
    image: nginx:1.27
    ports:
${manifests.indent(second, 6)}`,
    ),
    { name: 'edge' },
  );

const deployment = (first: string, second: string, extra = ''): string =>
  manifests.deployment(
    manifests.blocks(
      extra,
      `containers:
  - name: a
    image: nginx:1.27
    ports:
${manifests.indent(first, 6)}
  - name: b
    image: nginx:1.27
    ports:
${manifests.indent(second, 6)}`,
    ),
    { name: 'edge' },
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'distinct host ports',
      code: pod('- {containerPort: 80, hostPort: 8080}', '- {containerPort: 81, hostPort: 8081}'),
    },
    {
      name: 'same host port over TCP and UDP',
      code: pod('- {containerPort: 53, hostPort: 53}', '- {containerPort: 5353, hostPort: 53, protocol: UDP}'),
    },
    {
      name: 'hostIP "" and 0.0.0.0 are different keys to the API server',
      code: pod('- {containerPort: 80, hostPort: 8080}', '- {containerPort: 81, hostPort: 8080, hostIP: 0.0.0.0}'),
    },
    {
      name: 'hostPort 0 binds nothing',
      code: pod('- {containerPort: 80, hostPort: 0}', '- {containerPort: 81, hostPort: 0}'),
    },
    {
      name: 'a template with hostNetwork is not defaulted, so equal containerPorts do not clash',
      code: deployment('- containerPort: 8080', '- containerPort: 8080', 'hostNetwork: true\n'),
    },
  ],
  invalid: [
    {
      name: 'two containers bind TCP//8080',
      code: pod('- {containerPort: 80, hostPort: 8080}', '- {containerPort: 81, hostPort: 8080}'),
      errors: [
        { path: 'spec.containers[1].ports[0].hostPort', line: 14, column: 31, message: 'Duplicate value: "TCP//8080"' },
      ],
    },
    {
      name: 'the same key inside one container of a Deployment',
      code: deployment(
        '- {containerPort: 80, hostPort: 8080, hostIP: 10.0.0.1}\n- {containerPort: 81, hostPort: 8080, hostIP: 10.0.0.1}',
        '- containerPort: 9000',
      ),
      errors: [
        {
          path: 'spec.template.spec.containers[0].ports[1].hostPort',
          line: 17,
          column: 35,
          message: 'TCP/10.0.0.1/8080',
        },
      ],
    },
    {
      name: 'a Pod with hostNetwork gets hostPort defaulted from containerPort, so equal containerPorts clash',
      code: pod('- containerPort: 8080', '- containerPort: 8080', 'hostNetwork: true\n'),
      errors: [
        { path: 'spec.containers[1].ports[0].hostPort', line: 15, column: 11, message: 'defaulted from containerPort' },
      ],
    },
  ],
});
