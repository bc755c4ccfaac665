import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './resource-claim-source-count.js';

const pod = (claims: string): string =>
  manifests.pod(manifests.blocks(`resourceClaims:\n${manifests.indent(claims, 2)}`, manifests.webContainer()));

runRuleTests(rule, {
  valid: [
    { name: 'a template', code: pod('- name: gpu\n  resourceClaimTemplateName: single-gpu') },
    { name: 'an existing claim', code: pod('- name: gpu\n  resourceClaimName: shared-gpu') },
  ],
  invalid: [
    {
      name: 'neither',
      code: pod('- name: gpu'),
      errors: [{ path: 'spec.resourceClaims[0]', line: 7, column: 7, messageId: 'none' }],
      output: null,
    },
    {
      name: 'both',
      code: pod('- name: gpu\n  resourceClaimName: shared-gpu\n  resourceClaimTemplateName: single-gpu'),
      errors: [{ path: 'spec.resourceClaims[0]', line: 7, column: 7, messageId: 'both' }],
    },
  ],
});
