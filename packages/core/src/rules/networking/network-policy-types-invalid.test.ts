import { networkPolicy } from '../../../test/fixtures/networking/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './network-policy-types-invalid.js';

runRuleTests(rule, {
  valid: [{ name: 'both types', code: networkPolicy('podSelector: {}\npolicyTypes: [Ingress, Egress]') }],
  invalid: [
    {
      name: 'a type repeated',
      code: networkPolicy('podSelector: {}\npolicyTypes: [Ingress, Egress, Ingress]'),
      errors: [{ path: 'spec.policyTypes', line: 7, column: 3, messageId: 'tooMany' }],
      output: null,
    },
  ],
});
