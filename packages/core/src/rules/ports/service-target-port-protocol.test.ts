import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './service-target-port-protocol.js';

const service = (ports: string): string =>
  manifests.service(
    `selector: {app: dns}
ports:
${manifests.indent(ports, 2)}`,
    { name: 'dns' },
  );

const deployment = manifests.deployment(
  `containers:
  - name: dns
    image: coredns/coredns:1.11.1
    ports:
      - {containerPort: 53, protocol: UDP}
      - {containerPort: 9153}`,
  { name: 'dns' },
);

const { stream } = manifests;

runRuleTests(rule, {
  valid: [
    { name: 'UDP to UDP', code: stream(service('- {name: dns, port: 53, targetPort: 53, protocol: UDP}'), deployment) },
    { name: 'TCP to TCP', code: stream(service('- {name: metrics, port: 9153}'), deployment) },
    {
      name: "a Service port with a refused protocol is the Service's own error",
      code: stream(service('- {name: dns, port: 53, targetPort: 53, protocol: DNS}'), deployment),
      oracle: 'reject',
    },
  ],
  invalid: [
    {
      name: 'a Service port without protocol (TCP) in front of a UDP listener',
      code: stream(service('- name: dns\n  port: 53\n  targetPort: 53'), deployment),
      errors: [{ path: 'spec.ports[0].targetPort', line: 10, column: 7, message: 'declare port 53 only as UDP' }],
    },
  ],
});
