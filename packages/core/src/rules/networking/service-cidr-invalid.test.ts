import { networkingObject } from '../../../test/fixtures/networking/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './service-cidr-invalid.js';

const serviceCidr = (cidrs: string): string => networkingObject('ServiceCIDR', 'extra', `cidrs: [${cidrs}]`);

runRuleTests(rule, {
  valid: [
    { name: 'one range', code: serviceCidr('10.100.0.0/16') },
    { name: 'dual-stack', code: serviceCidr('10.100.0.0/16, "fd00:100::/112"') },
  ],
  invalid: [
    {
      name: 'no range',
      code: serviceCidr(''),
      errors: [{ path: 'spec.cidrs', line: 6, column: 3, messageId: 'required' }],
      output: null,
    },
    {
      name: 'host bits set',
      code: serviceCidr('10.100.0.1/16'),
      errors: [{ path: 'spec.cidrs[0]', line: 6, column: 11, messageId: 'invalid' }],
    },
    {
      name: 'an IPv6 range in upper case, not in canonical form',
      code: serviceCidr('"FD00:100::/112"'),
      errors: [{ path: 'spec.cidrs[0]', line: 6, column: 11, messageId: 'invalid' }],
    },
    {
      name: 'not a CIDR',
      code: serviceCidr('Invalid_Name'),
      errors: [{ path: 'spec.cidrs[0]', line: 6, column: 11, messageId: 'invalid' }],
    },
    {
      name: 'two IPv4 ranges',
      code: serviceCidr('10.100.0.0/16, 10.101.0.0/16'),
      errors: [{ path: 'spec.cidrs', line: 6, column: 3, messageId: 'sameFamily' }],
    },
  ],
});
