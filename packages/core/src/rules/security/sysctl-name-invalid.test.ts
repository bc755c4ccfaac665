import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './sysctl-name-invalid.js';

const pod = (sysctls: string): string =>
  manifests.pod(
    manifests.blocks(`securityContext:\n  sysctls:\n${manifests.indent(sysctls, 4)}`, manifests.webContainer()),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'dotted and slashed names',
      code: pod(
        '- {name: net.ipv4.ip_local_port_range, value: "1024 65535"}\n- {name: kernel/shm_rmid_forced, value: "1"}',
      ),
    },
  ],
  invalid: [
    {
      name: 'capitals are lower-cased',
      code: pod('- {name: Net.Core.Somaxconn, value: "1024"}'),
      errors: [{ path: 'spec.securityContext.sysctls[0].name', line: 8, column: 10, messageId: 'invalid' }],
      output: pod('- {name: net.core.somaxconn, value: "1024"}'),
    },
    {
      name: 'a name twice',
      code: pod('- {name: net.core.somaxconn, value: "1024"}\n- {name: net.core.somaxconn, value: "2048"}'),
      errors: [{ path: 'spec.securityContext.sysctls[1].name', line: 9, column: 10, messageId: 'duplicate' }],
      output: null,
    },
  ],
});
