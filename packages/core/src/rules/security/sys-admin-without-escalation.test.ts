import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './sys-admin-without-escalation.js';

const pod = (securityContext: string): string =>
  manifests.pod(manifests.webContainer(`securityContext: ${securityContext}`));

runRuleTests(rule, {
  valid: [
    { name: 'CAP_SYS_ADMIN with escalation allowed', code: pod('{capabilities: {add: [CAP_SYS_ADMIN]}}') },
    {
      name: 'SYS_ADMIN (without the CAP_ prefix) is not the spelling the check looks for',
      code: pod('{allowPrivilegeEscalation: false, capabilities: {add: [SYS_ADMIN]}}'),
    },
    {
      name: 'an update that keeps both (1.37 relaxes the check when the old version had them)',
      old: pod('{allowPrivilegeEscalation: false, capabilities: {add: [CAP_SYS_ADMIN]}}'),
      code: pod('{allowPrivilegeEscalation: false, capabilities: {add: [CAP_SYS_ADMIN]}}'),
    },
  ],
  invalid: [
    {
      name: 'CAP_SYS_ADMIN without escalation',
      code: pod('{allowPrivilegeEscalation: false, capabilities: {add: [NET_ADMIN, CAP_SYS_ADMIN]}}'),
      errors: [{ path: 'spec.containers[0].securityContext', line: 9, column: 7, messageId: 'contradiction' }],
      output: null,
    },
    {
      name: 'in a Deployment',
      code: manifests.deployment(
        manifests.webContainer(
          'securityContext: {allowPrivilegeEscalation: false, capabilities: {add: [CAP_SYS_ADMIN]}}',
        ),
      ),
      errors: [
        { path: 'spec.template.spec.containers[0].securityContext', line: 15, column: 11, messageId: 'contradiction' },
      ],
    },
  ],
});
