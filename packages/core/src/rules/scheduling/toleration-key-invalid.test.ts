import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './toleration-key-invalid.js';

const pod = (tolerations: string): string =>
  manifests.pod(manifests.blocks(manifests.webContainer(), `tolerations:\n${manifests.indent(tolerations, 2)}`));

runRuleTests(rule, {
  valid: [
    {
      name: 'a prefixed key',
      code: pod('- key: node-role.kubernetes.io/control-plane\n  operator: Exists\n  effect: NoSchedule'),
    },
    { name: 'no key', code: pod('- operator: Exists') },
  ],
  invalid: [
    {
      name: 'a key with a space',
      code: pod('- key: "dedicated node"\n  operator: Exists'),
      errors: [{ path: 'spec.tolerations[0].key', line: 10, column: 7, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'a key with two slashes',
      code: pod('- key: a/b/c\n  operator: Exists'),
      errors: [
        { path: 'spec.tolerations[0].key', line: 10, column: 7, messageId: 'invalid', message: 'at most one "/"' },
      ],
    },
  ],
});
