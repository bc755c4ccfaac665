import { signingRequest } from '../../../test/fixtures/certificates/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './expiration-too-short.js';

const withExpiration = (seconds: number): string =>
  signingRequest().replace('usages: [client auth]', `usages: [client auth]\n  expirationSeconds: ${seconds}`);

runRuleTests(rule, {
  valid: [
    { name: 'ten minutes', code: withExpiration(600) },
    { name: 'a day', code: withExpiration(86400) },
    {
      name: 'an update that shortens the expiration: the stored spec is kept',
      code: withExpiration(60),
      old: withExpiration(600),
    },
  ],
  invalid: [
    {
      name: 'a minute',
      code: withExpiration(60),
      errors: [{ path: 'spec.expirationSeconds', line: 9, column: 3, messageId: 'tooShort' }],
      output: null,
    },
    {
      name: 'an update of a request whose stored expiration is a minute too',
      code: withExpiration(60),
      old: withExpiration(60),
      errors: [{ path: 'spec.expirationSeconds', line: 9, column: 3, messageId: 'tooShort' }],
      output: null,
    },
  ],
});
