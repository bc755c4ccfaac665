import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './sysctl-host-namespace.js';

const pod = (fields: string, sysctls: string): string =>
  manifests.pod(manifests.blocks(fields, `securityContext:\n  sysctls: ${sysctls}`, manifests.webContainer()));

runRuleTests(rule, {
  valid: [
    {
      name: 'network sysctls in the pod’s own network namespace',
      code: pod('hostIPC: true', '[{name: net.ipv4.ip_local_port_range, value: "1024 65000"}]'),
    },
    {
      name: 'an IPC sysctl with the host network',
      code: pod('hostNetwork: true', '[{name: kernel.shm_rmid_forced, value: "1"}]'),
    },
  ],
  invalid: [
    {
      name: 'a network sysctl with hostNetwork, an IPC one (slash-separated) with hostIPC',
      code: pod(
        'hostNetwork: true\nhostIPC: true',
        '[{name: net.ipv4.tcp_syncookies, value: "1"}, {name: kernel/shm_rmid_forced, value: "1"}, {name: fs.mqueue.msg_max, value: "20"}]',
      ),
      errors: [
        { path: 'spec.securityContext.sysctls[0].name', line: 9, column: 16, messageId: 'shared' },
        { path: 'spec.securityContext.sysctls[1].name', line: 9, column: 61, messageId: 'shared' },
        { path: 'spec.securityContext.sysctls[2].name', line: 9, column: 105, messageId: 'shared' },
      ],
      output: null,
    },
    {
      name: 'in a Deployment template',
      code: manifests.deployment(
        manifests.blocks(
          'hostNetwork: true',
          'securityContext:\n  sysctls: [{name: net.core.somaxconn, value: "1024"}]',
          manifests.webContainer(),
        ),
      ),
      errors: [
        { path: 'spec.template.spec.securityContext.sysctls[0].name', line: 14, column: 20, messageId: 'shared' },
      ],
    },
  ],
});
