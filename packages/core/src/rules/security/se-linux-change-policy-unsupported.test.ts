import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './se-linux-change-policy-unsupported.js';

const pod = (value: string): string =>
  manifests.pod(manifests.blocks(`securityContext:\n  seLinuxChangePolicy: ${value}`, manifests.webContainer()));

runRuleTests(rule, {
  valid: [
    { name: 'Recursive', code: pod('Recursive') },
    { name: 'MountOption', code: pod('MountOption') },
  ],
  invalid: [
    {
      name: 'a lower-case spelling',
      code: pod('recursive'),
      errors: [{ path: 'spec.securityContext.seLinuxChangePolicy', line: 7, column: 5, messageId: 'unsupported' }],
      output: pod('Recursive'),
    },
    {
      name: 'no policy at all',
      code: pod('Relabel'),
      errors: [{ path: 'spec.securityContext.seLinuxChangePolicy', line: 7, column: 5, messageId: 'unsupported' }],
      output: null,
    },
    {
      name: 'empty',
      code: pod('""'),
      errors: [{ path: 'spec.securityContext.seLinuxChangePolicy', line: 7, column: 5, messageId: 'unsupported' }],
    },
  ],
});
