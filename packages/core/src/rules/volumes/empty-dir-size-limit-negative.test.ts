import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './empty-dir-size-limit-negative.js';

const pod = (limit: string): string =>
  manifests.pod(
    manifests.blocks(manifests.webContainer(), `volumes:\n  - name: scratch\n    emptyDir: {sizeLimit: ${limit}}`),
  );

runRuleTests(rule, {
  valid: [
    { name: 'a positive limit', code: pod('1Gi') },
    { name: 'zero', code: pod('0') },
  ],
  invalid: [
    {
      name: 'a negative limit',
      code: pod('-1Gi'),
      errors: [{ path: 'spec.volumes[0].emptyDir.sizeLimit', line: 11, column: 18, messageId: 'negative' }],
      output: null,
    },
  ],
});
