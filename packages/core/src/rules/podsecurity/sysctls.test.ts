import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './sysctls.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'a sysctl allowed from 1.29, at the latest version',
      code: podIn(
        'baseline',
        `securityContext:\n  sysctls:\n    - {name: net.ipv4.tcp_keepalive_time, value: "600"}\n${manifests.webContainer()}`,
      ),
    },
    {
      name: 'a safe sysctl',
      code: podIn(
        'baseline',
        `securityContext:\n  sysctls:\n    - {name: net.ipv4.tcp_syncookies, value: "1"}\n${manifests.webContainer()}`,
      ),
    },
  ],
  invalid: [
    {
      name: 'a sysctl allowed from 1.29, in a namespace pinned to v1.28',
      code: podIn(
        'baseline',
        `securityContext:\n  sysctls:\n    - {name: net.ipv4.tcp_keepalive_time, value: "600"}\n${manifests.webContainer()}`,
      ).replace('enforce: baseline\n', 'enforce: baseline\n    pod-security.kubernetes.io/enforce-version: v1.28\n'),
      errors: [
        { path: 'spec.securityContext.sysctls[0].name', line: 17, column: 10, messageId: 'pod', oracleField: '' },
      ],
      output: null,
    },
    {
      name: 'a kernel sysctl',
      code: podIn(
        'baseline',
        `securityContext:\n  sysctls:\n    - {name: kernel.msgmax, value: "65536"}\n${manifests.webContainer()}`,
      ),
      errors: [
        { path: 'spec.securityContext.sysctls[0].name', line: 16, column: 10, messageId: 'pod', oracleField: '' },
      ],
      output: null,
    },
  ],
});
