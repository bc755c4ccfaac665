import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn, restrictedContainer } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './allow-privilege-escalation.js';

runRuleTests(rule, {
  valid: [
    { name: 'a restricted container', code: podIn('restricted', restrictedContainer()) },
    { name: 'a baseline namespace does not ask for it', code: podIn('baseline', manifests.webContainer()) },
  ],
  invalid: [
    {
      name: 'allowPrivilegeEscalation left unset',
      code: podIn(
        'restricted',
        manifests.webContainer(
          'securityContext:\n  runAsNonRoot: true\n  capabilities: {drop: [ALL]}\n  seccompProfile: {type: RuntimeDefault}',
        ),
      ),
      errors: [
        {
          path: 'spec.containers[0].securityContext.allowPrivilegeEscalation',
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
