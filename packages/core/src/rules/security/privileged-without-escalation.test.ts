import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './privileged-without-escalation.js';

const pod = (securityContext: string): string =>
  manifests.pod(manifests.webContainer(`securityContext: ${securityContext}`));

runRuleTests(rule, {
  valid: [
    { name: 'privileged alone', code: pod('{privileged: true}') },
    { name: 'no escalation without privilege', code: pod('{privileged: false, allowPrivilegeEscalation: false}') },
  ],
  invalid: [
    {
      name: 'privileged without escalation',
      code: pod('{privileged: true, allowPrivilegeEscalation: false}'),
      errors: [{ path: 'spec.containers[0].securityContext', line: 9, column: 7, messageId: 'contradiction' }],
      output: null,
    },
    {
      name: 'an init container in a DaemonSet',
      code: manifests.daemonSet(
        `initContainers:\n  - name: setup\n    image: busybox:1.36\n    securityContext: {privileged: true, allowPrivilegeEscalation: false}\n${manifests.webContainer()}`,
      ),
      errors: [
        {
          path: 'spec.template.spec.initContainers[0].securityContext',
          line: 15,
          column: 11,
          messageId: 'contradiction',
        },
      ],
    },
  ],
});
