import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './toleration-value-invalid.js';

const pod = (tolerations: string): string =>
  manifests.pod(manifests.blocks(manifests.webContainer(), `tolerations:\n${manifests.indent(tolerations, 2)}`));

runRuleTests(rule, {
  valid: [
    { name: 'Equal with a label value', code: pod('- key: dedicated\n  operator: Equal\n  value: gpu_a100.v2') },
    { name: 'the default operator with an empty value', code: pod('- key: dedicated\n  value: ""') },
    { name: 'Exists without a value', code: pod('- key: dedicated\n  operator: Exists') },
  ],
  invalid: [
    {
      name: 'Exists with a value',
      code: pod('- key: dedicated\n  operator: Exists\n  value: gpu'),
      errors: [{ path: 'spec.tolerations[0].operator', line: 11, column: 7, messageId: 'existsWithValue' }],
      output: null,
    },
    {
      name: 'a value with a space under the default operator',
      code: pod('- key: dedicated\n  value: "gpu nodes"'),
      errors: [{ path: 'spec.tolerations[0].operator', line: 10, column: 7, messageId: 'notLabelValue' }],
    },
  ],
});
