import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './job-policy-unsupported.js';

const job = (policyLine: string): string =>
  manifests.job(
    manifests.blocks(
      policyLine,
      `containers:
  - name: migrate
    image: example/migrate:1.0`,
    ),
    { name: 'migrate' },
  );

runRuleTests(rule, {
  valid: [
    { name: 'Never', code: job('restartPolicy: Never\n') },
    { name: "Always is another rule's", code: job('restartPolicy: Always\n'), oracle: 'reject' },
  ],
  invalid: [
    {
      name: 'lower-case never is fixed',
      code: job('restartPolicy: never\n'),
      errors: [{ path: 'spec.template.spec.restartPolicy', line: 8, column: 7, message: 'write "Never"' }],
      output: job('restartPolicy: Never\n'),
    },
    {
      name: 'an invented value has no fix',
      code: job('restartPolicy: Sometimes\n'),
      errors: [
        {
          path: 'spec.template.spec.restartPolicy',
          line: 8,
          column: 7,
          message: 'accepts exactly "OnFailure" or "Never"',
        },
      ],
      output: null,
    },
  ],
});
