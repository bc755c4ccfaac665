import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './host-port-out-of-range.js';

const daemonSet = (ports: string): string =>
  manifests.daemonSet(
    `containers:
  - name: exporter
    image: prom/node-exporter:v1.8.2
    ports:
${manifests.indent(ports, 6)}`,
    { name: 'node-exporter' },
  );

runRuleTests(rule, {
  valid: [
    { name: 'hostPort 0 means no host port', code: daemonSet('- {containerPort: 9100, hostPort: 0}') },
    { name: 'a real host port', code: daemonSet('- {containerPort: 9100, hostPort: 9100}') },
  ],
  invalid: [
    {
      name: 'negative host port',
      code: daemonSet('- containerPort: 9100\n  hostPort: -1'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].ports[0].hostPort',
          line: 17,
          column: 15,
          message: 'must be between 1 and 65535, inclusive',
        },
      ],
    },
    {
      name: 'too large',
      code: daemonSet('- {containerPort: 9100, hostPort: 91000}'),
      errors: [{ path: 'spec.template.spec.containers[0].ports[0].hostPort', line: 16, column: 37 }],
    },
  ],
});
