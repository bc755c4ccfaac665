import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './capabilities-restricted.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'NET_BIND_SERVICE may be added back',
      code: podIn(
        'restricted',
        manifests.webContainer(
          'securityContext:\n  allowPrivilegeEscalation: false\n  runAsNonRoot: true\n  capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}\n  seccompProfile: {type: RuntimeDefault}',
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'no capabilities dropped',
      code: podIn(
        'restricted',
        manifests.webContainer(
          'securityContext:\n  allowPrivilegeEscalation: false\n  runAsNonRoot: true\n  seccompProfile: {type: RuntimeDefault}',
        ),
      ),
      errors: [
        {
          path: 'spec.containers[0].securityContext.capabilities.drop',
          line: 17,
          column: 7,
          messageId: 'pod',
          oracleField: '',
        },
      ],
      output: null,
    },
  ],
});
