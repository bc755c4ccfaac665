import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './searches-invalid.js';

const pod = (searches: string): string =>
  manifests.pod(manifests.blocks(manifests.webContainer(), `dnsConfig:\n  searches: ${searches}`));

runRuleTests(rule, {
  valid: [
    {
      name: 'domains with a trailing dot, an underscore and the root',
      code: pod('[corp.example.com., _tcp.example.com, "."]'),
    },
    {
      name: 'thirty-two domains',
      code: pod(`[${Array.from({ length: 32 }, (_, i) => `d${i}.example.com`).join(', ')}]`),
    },
  ],
  invalid: [
    {
      name: 'capitals are lower-cased',
      code: pod('[Corp.Example.com]'),
      errors: [{ path: 'spec.dnsConfig.searches[0]', line: 10, column: 16, messageId: 'invalid' }],
      output: pod('[corp.example.com]'),
    },
    {
      name: 'a space has no fix',
      code: pod('["corp example"]'),
      errors: [{ path: 'spec.dnsConfig.searches[0]', line: 10, column: 16, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'thirty-three domains',
      code: pod(`[${Array.from({ length: 33 }, (_, i) => `d${i}.example.com`).join(', ')}]`),
      errors: [{ path: 'spec.dnsConfig.searches', line: 10, column: 5, messageId: 'tooMany' }],
    },
    {
      name: 'more than 2048 characters',
      code: pod(
        `[${Array.from({ length: 11 }, (_, i) => `${String(i)}${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.example.com`).join(', ')}]`,
      ),
      errors: [{ path: 'spec.dnsConfig.searches', line: 10, column: 5, messageId: 'tooLong' }],
    },
  ],
});
