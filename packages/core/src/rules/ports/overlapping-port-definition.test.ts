import { itSendsTheSameWarnings } from '../../../test/support/api-warnings.js';
import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests, type InvalidCase } from '../../../test/support/rule-tester.js';
import rule from './overlapping-port-definition.js';

const pod = (first: string, second: string, hostNetwork = ''): string =>
  manifests.pod(
    manifests.blocks(
      hostNetwork,
      `containers:
  - name: dns
    image: coredns/coredns:1.11.1
    ports:
${manifests.indent(first, 6)}
  - name: cache
    image: example/dns-cache:1.0
    ports:
${manifests.indent(second, 6)}`,
    ),
    { name: 'dns' },
  );

const invalid: InvalidCase[] = [
  {
    name: 'one with a host port, one without',
    code: pod('- {containerPort: 53, hostPort: 53}', '- {containerPort: 53}'),
    errors: [
      {
        path: 'spec.containers[1].ports[0]',
        line: 14,
        column: 11,
        message: 'overlapping port definition with spec.containers[0].ports[0]',
      },
    ],
  },
  {
    name: 'hostPort 0 overlaps a hostPort',
    code: pod('- {containerPort: 53, hostPort: 0}', '- {containerPort: 53, hostPort: 5353}'),
    errors: [{ path: 'spec.containers[1].ports[0]', line: 14, column: 11 }],
  },
];

runRuleTests(rule, {
  valid: [
    {
      name: 'two host ports for one container port are neither duplicate nor overlapping',
      code: pod('- {containerPort: 53, hostPort: 53}', '- {containerPort: 53, hostPort: 5353}'),
    },
    {
      name: 'a Pod on the host network gets the missing hostPort defaulted, so this is no overlap (it is ambiguous)',
      code: pod(
        '- {containerPort: 53, hostPort: 53, protocol: UDP}',
        '- {containerPort: 53, protocol: UDP, hostIP: 127.0.0.1}',
        'hostNetwork: true\n',
      ),
    },
  ],
  invalid,
});
itSendsTheSameWarnings(rule, invalid);
