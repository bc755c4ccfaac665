import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn, restrictedContainer } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './proc-mount.js';

runRuleTests(rule, {
  valid: [
    { name: 'Default', code: podIn('baseline', manifests.webContainer('securityContext:\n  procMount: Default')) },
    {
      name: 'Unmasked in a user namespace',
      code: podIn('baseline', `hostUsers: false\n${manifests.webContainer('securityContext:\n  procMount: Unmasked')}`),
    },
  ],
  invalid: [
    {
      name: 'Unmasked',
      code: podIn('baseline', `hostUsers: false\n${restrictedContainer('procMount: Unmasked')}`).replace(
        'enforce: baseline',
        'enforce: restricted',
      ),
      errors: [
        {
          path: 'spec.containers[0].securityContext.procMount',
          line: 23,
          column: 9,
          messageId: 'pod',
          oracleField: '',
        },
      ],
      output: null,
    },
  ],
});
