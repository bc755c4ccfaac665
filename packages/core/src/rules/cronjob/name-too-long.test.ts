import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './name-too-long.js';

const cron = (name: string): string =>
  manifests.cronJob(`restartPolicy: OnFailure\n${manifests.webContainer()}`, { name });

runRuleTests(rule, {
  valid: [{ name: 'exactly 52 characters', code: cron('a'.repeat(52)) }],
  invalid: [
    {
      name: '53 characters',
      code: cron(`nightly-${'b'.repeat(45)}`),
      errors: [{ path: 'metadata.name', line: 4, column: 3, messageId: 'tooLong', message: '53 characters' }],
      output: null,
    },
  ],
});
