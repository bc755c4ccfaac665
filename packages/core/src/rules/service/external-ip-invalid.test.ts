import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './external-ip-invalid.js';

const service = (ips: string): string =>
  manifests.service(`selector: {app: web}\nexternalIPs: [${ips}]\nports:\n  - port: 80`);

runRuleTests(rule, {
  valid: [
    { name: 'a public address', code: service('192.0.2.10') },
    { name: 'an IPv6 address', code: service('"2001:db8::10"') },
  ],
  invalid: [
    {
      name: 'not an address',
      code: service('Invalid_Value'),
      errors: [
        {
          path: 'spec.externalIPs[0]',
          line: 7,
          column: 17,
          messageId: 'invalid',
          message: 'must be a valid IP address',
        },
      ],
      output: null,
    },
    {
      name: 'a CIDR',
      code: service('192.0.2.0/24'),
      errors: [{ path: 'spec.externalIPs[0]', line: 7, column: 17, messageId: 'invalid' }],
    },
    {
      name: 'loopback and link-local',
      code: service('127.0.0.1, "fe80::1"'),
      errors: [
        { path: 'spec.externalIPs[0]', line: 7, column: 17, messageId: 'invalid', message: 'loopback' },
        { path: 'spec.externalIPs[1]', line: 7, column: 28, messageId: 'invalid', message: 'link-local range' },
      ],
    },
    {
      name: 'unspecified',
      code: service('0.0.0.0'),
      errors: [{ path: 'spec.externalIPs[0]', line: 7, column: 17, messageId: 'invalid', message: 'unspecified' }],
    },
  ],
});
