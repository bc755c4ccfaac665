import { runRuleTests } from '../../../test/support/rule-tester.js';
import { node } from '../../../test/fixtures/node/manifests.js';
import rule from './pod-cidr-invalid.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'a dual-stack pair',
      code: node('podCIDR: 10.244.1.0/24\npodCIDRs: [10.244.1.0/24, "fd00:10:244:1::/64"]'),
    },
  ],
  invalid: [
    {
      name: 'podCIDR is not a CIDR (it replaces podCIDRs when they differ)',
      code: node('podCIDR: 10.244.1.0\npodCIDRs: [10.244.1.0/24]'),
      errors: [{ path: 'spec.podCIDR', line: 6, column: 3, messageId: 'notCidr', oracleField: 'spec.podCIDRs[0]' }],
      output: null,
    },
    {
      name: 'two IPv4 ranges',
      code: node('podCIDRs: [10.244.1.0/24, 10.245.1.0/24]'),
      errors: [{ path: 'spec.podCIDRs', line: 6, column: 3, messageId: 'families' }],
    },
  ],
});
