import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './claim-not-found.js';

const pod = (claims: string): string =>
  manifests.pod(manifests.blocks(claims, manifests.webContainer('resources:\n  claims: [{name: gpu}]')));

runRuleTests(rule, {
  valid: [
    {
      name: 'a declared claim',
      code: pod('resourceClaims:\n  - name: gpu\n    resourceClaimTemplateName: single-gpu'),
    },
  ],
  invalid: [
    {
      name: 'no resourceClaims at all',
      code: pod(''),
      errors: [
        {
          path: 'spec.containers[0].resources.claims[0]',
          line: 10,
          column: 18,
          messageId: 'notFound',
          message: 'are empty',
        },
      ],
      output: null,
    },
    {
      name: 'another name declared',
      code: pod('resourceClaims:\n  - name: accelerator\n    resourceClaimTemplateName: single-gpu'),
      errors: [{ path: 'spec.containers[0].resources.claims[0]', line: 13, column: 18, messageId: 'notFound' }],
    },
  ],
});
