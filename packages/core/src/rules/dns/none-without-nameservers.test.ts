import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './none-without-nameservers.js';

const pod = (dns: string): string => manifests.pod(manifests.blocks(manifests.webContainer(), dns));

runRuleTests(rule, {
  valid: [
    { name: 'None with a nameserver', code: pod('dnsPolicy: None\ndnsConfig:\n  nameservers: [10.0.0.10]') },
    {
      name: 'ClusterFirst with only searches',
      code: pod('dnsPolicy: ClusterFirst\ndnsConfig:\n  searches: [corp.example.com]'),
    },
  ],
  invalid: [
    {
      name: 'None without dnsConfig',
      code: pod('dnsPolicy: None'),
      errors: [{ path: 'spec.dnsConfig', line: 5, column: 1, messageId: 'noConfig' }],
      output: null,
    },
    {
      name: 'None with searches but no nameservers',
      code: pod('dnsPolicy: None\ndnsConfig:\n  searches: [corp.example.com]'),
      errors: [{ path: 'spec.dnsConfig.nameservers', line: 10, column: 3, messageId: 'noNameservers' }],
    },
  ],
});
