import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './indexed-without-completions.js';

const pod = `restartPolicy: Never\n${manifests.webContainer()}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'Indexed with completions',
      code: manifests.job(pod, { fields: 'completions: 5\ncompletionMode: Indexed' }),
    },
    {
      name: 'Indexed with neither completions nor parallelism: both are defaulted to 1 before validation',
      code: manifests.job(pod, { fields: 'completionMode: Indexed' }),
    },
  ],
  invalid: [
    {
      name: 'Indexed without completions',
      code: manifests.job(pod, { fields: 'completionMode: Indexed\nparallelism: 3' }),
      errors: [{ path: 'spec.completions', line: 5, column: 1, messageId: 'required' }],
      output: null,
    },
  ],
});
