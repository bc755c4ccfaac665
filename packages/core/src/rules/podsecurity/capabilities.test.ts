import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './capabilities.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'NET_BIND_SERVICE and dropping ALL',
      code: podIn(
        'baseline',
        manifests.webContainer('securityContext:\n  capabilities: {add: [NET_BIND_SERVICE, CHOWN], drop: [ALL]}'),
      ),
    },
  ],
  invalid: [
    {
      name: 'NET_ADMIN',
      code: podIn('baseline', manifests.webContainer('securityContext:\n  capabilities:\n    add: [CHOWN, NET_ADMIN]')),
      errors: [
        {
          path: 'spec.containers[0].securityContext.capabilities.add[1]',
          line: 19,
          column: 24,
          messageId: 'pod',
          oracleField: '',
        },
      ],
      output: null,
    },
  ],
});
