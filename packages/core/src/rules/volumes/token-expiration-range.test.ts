import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './token-expiration-range.js';

const pod = (seconds: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer(),
      `volumes:\n  - name: token\n    projected:\n      sources:\n        - serviceAccountToken: {path: token, expirationSeconds: ${seconds}}`,
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'ten minutes', code: pod('600') },
    { name: 'a day', code: pod('86400') },
  ],
  invalid: [
    {
      name: 'one minute is raised to ten',
      code: pod('60'),
      errors: [
        {
          path: 'spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds',
          line: 13,
          column: 48,
          messageId: 'tooShort',
        },
      ],
      output: pod('600'),
    },
    {
      name: 'more than 2^32 seconds',
      code: pod('4294967297'),
      errors: [
        {
          path: 'spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds',
          line: 13,
          column: 48,
          messageId: 'tooLong',
        },
      ],
      output: null,
    },
  ],
});
