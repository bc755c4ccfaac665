import { networkPolicy } from '../../../test/fixtures/networking/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './network-policy-ip-block-invalid.js';

/** One ingress rule with one ipBlock peer (the block's fields from line 10, column 13). */
const policy = (block: string): string =>
  networkPolicy(`podSelector: {}\ningress:\n  - from:\n      - ipBlock:\n${block.replace(/^/gm, '          ')}`);

runRuleTests(rule, {
  valid: [
    { name: 'a block with an exception', code: policy('cidr: 10.0.0.0/8\nexcept: [10.1.0.0/16]') },
    { name: 'IPv6', code: policy('cidr: "fd00::/8"\nexcept: ["fd00:1::/32"]') },
  ],
  invalid: [
    {
      name: 'no cidr',
      code: policy('except: [10.1.0.0/16]'),
      errors: [{ path: 'spec.ingress[0].from[0].ipBlock.cidr', line: 9, column: 11, messageId: 'required' }],
      output: null,
    },
    {
      name: 'a cidr without a prefix',
      code: policy('cidr: 10.0.0.1'),
      errors: [{ path: 'spec.ingress[0].from[0].ipBlock.cidr', line: 10, column: 13, messageId: 'invalid' }],
    },
    {
      name: 'an exception outside the block',
      code: policy('cidr: 10.0.0.0/16\nexcept: [192.168.0.0/24]'),
      errors: [{ path: 'spec.ingress[0].from[0].ipBlock.except[0]', line: 11, column: 22, messageId: 'notSubset' }],
    },
    {
      name: 'an exception as wide as the block',
      code: policy('cidr: 10.0.0.0/16\nexcept: [10.0.0.0/16]'),
      errors: [{ path: 'spec.ingress[0].from[0].ipBlock.except[0]', line: 11, column: 22, messageId: 'notSubset' }],
    },
  ],
});
