import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './app-armor.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'RuntimeDefault',
      code: podIn('baseline', manifests.webContainer('securityContext:\n  appArmorProfile: {type: RuntimeDefault}')),
    },
  ],
  invalid: [
    {
      name: 'Unconfined',
      code: podIn('baseline', manifests.webContainer('securityContext:\n  appArmorProfile: {type: Unconfined}')),
      errors: [
        {
          path: 'spec.containers[0].securityContext.appArmorProfile.type',
          line: 18,
          column: 27,
          messageId: 'pod',
          oracleField: '',
        },
      ],
      output: null,
    },
  ],
});
