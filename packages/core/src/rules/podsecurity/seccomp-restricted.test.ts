import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn, restrictedContainer } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './seccomp-restricted.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'Localhost on the pod',
      code: podIn(
        'restricted',
        `securityContext:\n  seccompProfile: {type: Localhost, localhostProfile: profiles/web.json}\n${manifests.webContainer(
          'securityContext:\n  allowPrivilegeEscalation: false\n  runAsNonRoot: true\n  capabilities: {drop: [ALL]}',
        )}`,
      ),
    },
  ],
  invalid: [
    {
      name: 'Unconfined on the container',
      code: podIn('restricted', restrictedContainer().replace('RuntimeDefault', 'Unconfined')),
      errors: [
        {
          path: 'spec.containers[0].securityContext.seccompProfile.type',
          line: 21,
          column: 26,
          messageId: 'pod',
          oracleField: '',
        },
      ],
      output: null,
    },
  ],
});
