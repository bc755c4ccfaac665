import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './host-network-init-port-mismatch.js';

const daemonSet = (ports: string, hostNetwork = 'true'): string =>
  manifests.daemonSet(
    `hostNetwork: ${hostNetwork}
initContainers:
  - name: install
    image: example/cni-install:1.2
    ports:
${manifests.indent(ports, 6)}
containers:
  - name: agent
    image: example/cni-agent:1.2`,
    { name: 'cni' },
  );

runRuleTests(rule, {
  valid: [
    { name: 'equal ports', code: daemonSet('- {containerPort: 9090, hostPort: 9090}') },
    { name: 'no hostPort', code: daemonSet('- containerPort: 9090') },
    {
      name: 'without hostNetwork a mapping is real',
      code: daemonSet('- {containerPort: 9090, hostPort: 80}', 'false'),
    },
  ],
  invalid: [
    {
      name: 'an init container claims hostPort 80 for 9090 (accepted by the API server)',
      code: daemonSet('- {containerPort: 9090, hostPort: 80}'),
      errors: [
        {
          path: 'spec.template.spec.initContainers[0].ports[0].hostPort',
          line: 17,
          column: 37,
          message: 'nothing listens on 80',
        },
      ],
      output: daemonSet('- {containerPort: 9090, hostPort: 9090}'),
    },
  ],
});
