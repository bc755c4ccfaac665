import { runRuleTests } from '../../../test/support/rule-tester.js';
import { hostRule, ingress } from '../../../test/fixtures/networking/manifests.js';
import rule from './ingress-path-invalid.js';

const at = { path: 'spec.rules[0].http.paths[0].path', line: 10, column: 13, messageId: 'invalid' };

runRuleTests(rule, {
  valid: [
    { name: 'a prefix', code: ingress(hostRule('shop.example.com', '/api')) },
    {
      name: 'a regular expression in ImplementationSpecific',
      code: ingress(hostRule('shop.example.com', '"/api(/|$)(.*)"', 'ImplementationSpecific')),
    },
    { name: 'a dot inside a segment', code: ingress(hostRule('shop.example.com', '/v1.2/.well-known', 'Exact')) },
  ],
  invalid: [
    {
      name: 'a relative Prefix path is made absolute',
      code: ingress(hostRule('shop.example.com', 'api')),
      errors: [at],
      output: ingress(hostRule('shop.example.com', '/api')),
    },
    {
      name: 'a regular expression in Prefix',
      code: ingress(hostRule('shop.example.com', '"/api//(.*)"')),
      errors: [{ ...at, message: '"//"' }],
      output: null,
    },
    { name: 'a trailing /..', code: ingress(hostRule('shop.example.com', '/static/..', 'Exact')), errors: [at] },
    { name: 'an encoded slash', code: ingress(hostRule('shop.example.com', '/a%2Fb')), errors: [at] },
    {
      name: 'a relative ImplementationSpecific path',
      code: ingress(hostRule('shop.example.com', '"*"', 'ImplementationSpecific')),
      errors: [at],
      output: null,
    },
  ],
});
