import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './host-port-conflict-init.js';

const pod = (initPorts: string, appPorts = '- containerPort: 8080'): string =>
  manifests.pod(
    `initContainers:
  - name: first
    image: busybox:1.36
  - name: setup
    image: busybox:1.36
    ports:
${manifests.indent(initPorts, 6)}
containers:
  - name: app
    image: nginx:1.27
    ports:
${manifests.indent(appPorts, 6)}`,
    { name: 'app' },
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'distinct host ports in one init container',
      code: pod('- {containerPort: 80, hostPort: 9000}\n- {containerPort: 81, hostPort: 9001}'),
    },
    {
      name: 'an init container and a regular container may share a host port (they never run together)',
      code: pod('- {containerPort: 80, hostPort: 9000}', '- {containerPort: 80, hostPort: 9000}'),
    },
  ],
  invalid: [
    {
      // The API server checks a one-element slice, so it always says initContainers[0].
      name: 'the same key twice in the second init container (the API server says initContainers[0])',
      code: pod('- {containerPort: 80, hostPort: 9000}\n- {containerPort: 81, hostPort: 9000}'),
      errors: [
        {
          path: 'spec.initContainers[1].ports[1].hostPort',
          line: 13,
          column: 31,
          message: 'Duplicate value: "TCP//9000"',
          oracleField: 'spec.initContainers[0].ports[1].hostPort',
        },
      ],
    },
  ],
});
