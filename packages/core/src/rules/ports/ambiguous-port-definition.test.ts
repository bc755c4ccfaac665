import { itSendsTheSameWarnings } from '../../../test/support/api-warnings.js';
import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests, type InvalidCase } from '../../../test/support/rule-tester.js';
import rule from './ambiguous-port-definition.js';

const pod = (ports: string): string =>
  manifests.pod(`containers:
  - name: web
    image: nginx:1.27
    ports:
${manifests.indent(ports, 6)}`);

const hostNetworkPod = manifests.pod(
  `hostNetwork: true
containers:
  - name: dns
    image: coredns/coredns:1.11.1
    ports:
      - {containerPort: 53, hostPort: 53, protocol: UDP}
  - name: cache
    image: example/dns-cache:1.0
    ports:
      - {containerPort: 53, protocol: UDP, hostIP: 127.0.0.1}`,
  { name: 'dns' },
);

const invalid: InvalidCase[] = [
  {
    name: 'on the host network the missing hostPort is defaulted to the containerPort first',
    code: hostNetworkPod,
    errors: [
      {
        path: 'spec.containers[1].ports[0]',
        line: 15,
        column: 11,
        message: 'dangerously ambiguous port definition with spec.containers[0].ports[0]',
      },
    ],
  },
  {
    name: 'all addresses and one address on the same host port',
    code: pod('- {containerPort: 80, hostPort: 80}\n- {containerPort: 80, hostPort: 80, hostIP: 127.0.0.1}'),
    errors: [
      {
        path: 'spec.containers[0].ports[1]',
        line: 11,
        column: 11,
        message: 'dangerously ambiguous port definition with spec.containers[0].ports[0]',
      },
    ],
  },
];

runRuleTests(rule, {
  valid: [
    {
      name: 'two specific addresses',
      code: pod(
        '- {containerPort: 80, hostPort: 80, hostIP: 10.0.0.1}\n- {containerPort: 80, hostPort: 80, hostIP: 127.0.0.1}',
      ),
    },
    {
      name: 'different host ports',
      code: pod('- {containerPort: 80, hostPort: 80}\n- {containerPort: 80, hostPort: 8080, hostIP: 127.0.0.1}'),
    },
  ],
  invalid,
});
itSendsTheSameWarnings(rule, invalid);
