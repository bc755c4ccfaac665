import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './indexed-name-invalid.js';

const pod = `restartPolicy: Never\n${manifests.webContainer()}`;
const indexed = (name: string, completions: number): string =>
  manifests.job(pod, { name, fields: `completionMode: Indexed\ncompletions: ${completions}\nparallelism: 1` });

runRuleTests(rule, {
  valid: [
    { name: 'a 61-character name with 10 indexes: "-9" fits in 63', code: indexed('a'.repeat(61), 10) },
    { name: 'a long name without Indexed mode', code: manifests.job(pod, { name: 'a'.repeat(63) }) },
  ],
  invalid: [
    {
      name: 'a 61-character name with 11 indexes: "-10" does not fit',
      code: indexed('a'.repeat(61), 11),
      errors: [{ path: 'metadata.name', line: 4, column: 3, messageId: 'invalid' }],
    },
    {
      name: 'a name with a dot',
      code: indexed('nightly.report', 3),
      errors: [{ path: 'metadata.name', line: 4, column: 3, messageId: 'invalid' }],
    },
  ],
});
