import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './se-linux-options.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'a container type',
      code: podIn(
        'baseline',
        manifests.webContainer('securityContext:\n  seLinuxOptions: {type: container_t, level: "s0:c123,c456"}'),
      ),
    },
  ],
  invalid: [
    {
      name: 'a user',
      code: podIn('baseline', manifests.webContainer('securityContext:\n  seLinuxOptions: {user: system_u}')),
      errors: [
        {
          path: 'spec.containers[0].securityContext.seLinuxOptions.user',
          line: 18,
          column: 26,
          messageId: 'pod',
          oracleField: '',
        },
      ],
      output: null,
    },
  ],
});
