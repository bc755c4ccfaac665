import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './nameservers-invalid.js';

const pod = (nameservers: string): string =>
  manifests.pod(manifests.blocks(manifests.webContainer(), `dnsConfig:\n  nameservers: ${nameservers}`));

runRuleTests(rule, {
  valid: [{ name: 'three addresses, one IPv6', code: pod('[10.0.0.10, 10.0.0.11, "2001:db8::53"]') }],
  invalid: [
    {
      name: 'four nameservers',
      code: pod('[10.0.0.1, 10.0.0.2, 10.0.0.3, 10.0.0.4]'),
      errors: [{ path: 'spec.dnsConfig.nameservers', line: 10, column: 5, messageId: 'tooMany' }],
      output: null,
    },
    {
      name: 'a host name instead of an address',
      code: pod('[dns.corp.example.com]'),
      errors: [{ path: 'spec.dnsConfig.nameservers[0]', line: 10, column: 19, messageId: 'notAnIP' }],
    },
    {
      name: 'an octet above 255',
      code: pod('[10.0.0.256]'),
      errors: [{ path: 'spec.dnsConfig.nameservers[0]', line: 10, column: 19, messageId: 'notAnIP' }],
    },
  ],
});
