import { runRuleTests } from '../../../test/support/rule-tester.js';
import { hostRule, ingress } from '../../../test/fixtures/networking/manifests.js';
import rule from './ingress-host-invalid.js';

const at = { path: 'spec.rules[0].host', line: 7, column: 7, messageId: 'invalid' };

runRuleTests(rule, {
  valid: [
    { name: 'a DNS name', code: ingress(hostRule('shop.example.com')) },
    { name: 'a wildcard', code: ingress(hostRule('"*.example.com"')) },
    {
      name: 'TLS hosts',
      code: ingress(
        `${hostRule('shop.example.com')}\ntls:\n  - hosts: [shop.example.com, "*.example.com"]\n    secretName: shop-tls`,
      ),
    },
  ],
  invalid: [
    {
      name: 'a URL',
      code: ingress(hostRule('http://foo.com')),
      errors: [{ ...at, message: 'without a scheme' }],
      output: null,
    },
    { name: 'an IP address', code: ingress(hostRule('10.0.0.1')), errors: [{ ...at, message: 'IP address' }] },
    { name: 'host:port', code: ingress(hostRule('shop.example.com:8080')), errors: [at] },
    {
      name: 'a wildcard in the middle',
      code: ingress(hostRule('"shop.*.example.com"')),
      errors: [{ ...at, message: 'wildcard' }],
    },
    {
      name: 'upper case is lowercased',
      code: ingress(hostRule('Shop.Example.com')),
      errors: [at],
      output: ingress(hostRule('shop.example.com')),
    },
    {
      name: 'a TLS host with an underscore',
      code: ingress(`${hostRule('shop.example.com')}\ntls:\n  - hosts:\n      - shop_1.example.com`),
      errors: [{ path: 'spec.tls[0].hosts[0]', line: 16, column: 11, messageId: 'invalid' }],
    },
    {
      name: 'an empty TLS host (an empty rule host means every host; a TLS host does not)',
      code: ingress(`${hostRule('""')}\ntls:\n  - hosts:\n      - ""`),
      errors: [
        { path: 'spec.tls[0].hosts[0]', line: 16, column: 11, messageId: 'invalid', message: 'must not be empty' },
      ],
    },
  ],
});
