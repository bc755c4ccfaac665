import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn, restrictedContainer } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './run-as-non-root.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'set on the pod',
      code: podIn(
        'restricted',
        `securityContext: {runAsNonRoot: true}\n${manifests.webContainer('securityContext:\n  allowPrivilegeEscalation: false\n  capabilities: {drop: [ALL]}\n  seccompProfile: {type: RuntimeDefault}')}`,
      ),
    },
  ],
  invalid: [
    {
      name: 'runAsNonRoot false on the container',
      code: podIn('restricted', restrictedContainer().replace('runAsNonRoot: true', 'runAsNonRoot: false')),
      errors: [
        {
          path: 'spec.containers[0].securityContext.runAsNonRoot',
          line: 19,
          column: 9,
          messageId: 'pod',
          oracleField: '',
        },
      ],
      output: null,
    },
  ],
});
