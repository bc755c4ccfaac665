import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './toleration-empty-key-needs-exists.js';

const pod = (tolerations: string): string =>
  manifests.pod(manifests.blocks(manifests.webContainer(), `tolerations:\n${manifests.indent(tolerations, 2)}`));

runRuleTests(rule, {
  valid: [
    { name: 'tolerate every taint', code: pod('- operator: Exists') },
    { name: 'a key with the default operator', code: pod('- key: dedicated\n  value: gpu\n  effect: NoSchedule') },
  ],
  invalid: [
    {
      name: 'no key and no operator',
      code: pod('- effect: NoSchedule'),
      errors: [
        {
          path: 'spec.tolerations[0].operator',
          line: 10,
          column: 7,
          messageId: 'needsExists',
          message: 'defaults to Equal',
        },
      ],
      output: null,
    },
    {
      name: 'no key with operator Equal in a DaemonSet',
      code: manifests.daemonSet(
        manifests.blocks(manifests.webContainer(), 'tolerations:\n  - operator: Equal\n    effect: NoExecute'),
      ),
      errors: [{ path: 'spec.template.spec.tolerations[0].operator', line: 16, column: 11, messageId: 'needsExists' }],
    },
  ],
});
