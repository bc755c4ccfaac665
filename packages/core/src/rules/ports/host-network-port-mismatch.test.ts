import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './host-network-port-mismatch.js';

const pod = (ports: string, hostNetwork = 'true'): string =>
  manifests.pod(
    `hostNetwork: ${hostNetwork}
containers:
  - name: agent
    image: example/agent:3.2
    ports:
${manifests.indent(ports, 6)}`,
    { name: 'agent' },
  );

const daemonSet = (ports: string): string =>
  manifests.daemonSet(
    `hostNetwork: true
containers:
  - name: agent
    image: example/agent:3.2
    ports:
${manifests.indent(ports, 6)}`,
    { name: 'agent' },
  );

runRuleTests(rule, {
  valid: [
    { name: 'a Pod with hostNetwork and no hostPort', code: pod('- containerPort: 8080') },
    { name: 'hostPort equal to containerPort', code: pod('- {containerPort: 8080, hostPort: 8080}') },
    { name: 'without hostNetwork a mapping is fine', code: pod('- {containerPort: 8080, hostPort: 80}', 'false') },
    { name: 'a template may leave hostPort 0', code: daemonSet('- {containerPort: 9100, hostPort: 0}') },
  ],
  invalid: [
    {
      name: 'a Pod maps 80 to 8080 on the host network',
      code: pod('- containerPort: 8080\n  hostPort: 80'),
      errors: [
        {
          path: 'spec.containers[0].ports[0].hostPort',
          line: 12,
          column: 11,
          message: 'must match `containerPort` when `hostNetwork` is true',
        },
      ],
      output: pod('- containerPort: 8080\n  hostPort: 8080'),
    },
    {
      name: 'a DaemonSet template with a different hostPort',
      code: daemonSet('- {containerPort: 9100, hostPort: 9101}'),
      errors: [{ path: 'spec.template.spec.containers[0].ports[0].hostPort', line: 17, column: 37 }],
      output: daemonSet('- {containerPort: 9100, hostPort: 9100}'),
    },
  ],
});
