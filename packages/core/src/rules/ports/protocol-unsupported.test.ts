import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './protocol-unsupported.js';

const pod = (ports: string): string =>
  manifests.pod(
    `containers:
  - name: dns
    image: coredns/coredns:1.11.1
    ports:
${manifests.indent(ports, 6)}`,
    { name: 'dns' },
  );

const initPod = (ports: string): string =>
  manifests.pod(
    `initContainers:
  - name: warmup
    image: busybox:1.36
    ports:
${manifests.indent(ports, 6)}
containers:
  - name: dns
    image: coredns/coredns:1.11.1`,
    { name: 'dns' },
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'the same port number over TCP, UDP and SCTP',
      code: pod(
        '- containerPort: 53\n  protocol: UDP\n- containerPort: 53\n  protocol: TCP\n- containerPort: 53\n  protocol: SCTP',
      ),
    },
    { name: 'absent protocol defaults to TCP', code: pod('- containerPort: 8080') },
    { name: 'empty protocol defaults to TCP', code: pod('- containerPort: 8080\n  protocol: ""') },
  ],
  invalid: [
    {
      name: 'lower-case udp is fixed to UDP',
      code: pod('- containerPort: 53\n  protocol: udp # DNS'),
      errors: [{ path: 'spec.containers[0].ports[0].protocol', line: 11, column: 11, message: 'case-sensitive' }],
      output: pod('- containerPort: 53\n  protocol: UDP # DNS'),
    },
    {
      name: 'quoted value keeps its quotes',
      code: pod('- containerPort: 53\n  protocol: "tcp"'),
      errors: [{ path: 'spec.containers[0].ports[0].protocol', line: 11, column: 11 }],
      output: pod('- containerPort: 53\n  protocol: "TCP"'),
    },
    {
      name: 'HTTP has no safe fix',
      code: pod('- containerPort: 80\n  protocol: HTTP'),
      errors: [{ path: 'spec.containers[0].ports[0].protocol', line: 11, column: 11, message: 'refuses' }],
      output: null,
    },
    {
      name: 'init containers are checked too',
      code: initPod('- {containerPort: 80, protocol: Tcp}'),
      errors: [{ path: 'spec.initContainers[0].ports[0].protocol', line: 10, column: 31 }],
      output: initPod('- {containerPort: 80, protocol: TCP}'),
    },
  ],
});
