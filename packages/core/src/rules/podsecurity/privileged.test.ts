import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './privileged.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'privileged false',
      code: podIn('baseline', manifests.webContainer('securityContext: {privileged: false}')),
    },
    {
      name: 'a privileged namespace',
      code: podIn('privileged', manifests.webContainer('securityContext: {privileged: true}')),
    },
  ],
  invalid: [
    {
      name: 'a privileged container',
      code: podIn('baseline', manifests.webContainer('securityContext:\n  privileged: true')),
      errors: [
        {
          path: 'spec.containers[0].securityContext.privileged',
          line: 18,
          column: 9,
          messageId: 'pod',
          oracleField: '',
        },
      ],
      output: null,
    },
  ],
});
