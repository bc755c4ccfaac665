import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn, restrictedContainer } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './run-as-user.js';

runRuleTests(rule, {
  valid: [{ name: 'a non-zero user', code: podIn('restricted', restrictedContainer('runAsUser: 1000')) }],
  invalid: [
    {
      name: 'root on the container',
      code: podIn('restricted', restrictedContainer('runAsUser: 0')),
      errors: [
        {
          path: 'spec.containers[0].securityContext.runAsUser',
          line: 22,
          column: 9,
          messageId: 'pod',
          oracleField: '',
        },
      ],
      output: null,
    },
  ],
});
