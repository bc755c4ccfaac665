import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './seccomp-unconfined.js';

const containers = manifests.webContainer();

runRuleTests(rule, {
  valid: [
    {
      name: 'RuntimeDefault',
      code: podIn('baseline', `securityContext:\n  seccompProfile: {type: RuntimeDefault}\n${containers}`),
    },
  ],
  invalid: [
    {
      name: 'Unconfined on the pod',
      code: podIn('baseline', `securityContext:\n  seccompProfile:\n    type: Unconfined\n${containers}`),
      errors: [
        { path: 'spec.securityContext.seccompProfile.type', line: 16, column: 7, messageId: 'pod', oracleField: '' },
      ],
      output: null,
    },
  ],
});
