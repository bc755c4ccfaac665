import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './service-cidr-changed.js';

/** ServiceCIDR `extra`: the cidrs list at line 6, its first entry at column 10. */
const serviceCidr = (cidrs: string): string => `apiVersion: networking.k8s.io/v1
kind: ServiceCIDR
metadata:
  name: extra
spec:
  cidrs: [${cidrs}]
`;

runRuleTests(rule, {
  valid: [
    { name: 'unchanged', old: serviceCidr('10.100.0.0/16'), code: serviceCidr('10.100.0.0/16') },
    {
      name: 'a second family added (single- to dual-stack)',
      old: serviceCidr('10.100.0.0/16'),
      code: serviceCidr('10.100.0.0/16, "fd00:100::/112"'),
    },
  ],
  invalid: [
    {
      name: 'the range changes',
      old: serviceCidr('10.100.0.0/16'),
      code: serviceCidr('10.101.0.0/16'),
      errors: [{ path: 'spec.cidrs[0]', line: 6, column: 11, message: 'field is immutable' }],
      output: null,
    },
    {
      name: 'a range removed',
      old: serviceCidr('10.100.0.0/16, "fd00:100::/112"'),
      code: serviceCidr('10.100.0.0/16'),
      errors: [{ path: 'spec.cidrs', line: 6, column: 3, message: 'field is immutable' }],
    },
  ],
});
