import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './job-onfailure-loses-logs.js';

const job = (policy: string, backoff = ''): string =>
  manifests.job(
    `restartPolicy: ${policy}
containers:
  - name: import
    image: example/import:1.0`,
    { name: 'import', fields: backoff },
  );

runRuleTests(rule, {
  valid: [{ name: 'Never keeps one pod per attempt', code: job('Never', 'backoffLimit: 4\n') }],
  invalid: [
    {
      name: 'OnFailure with a backoffLimit',
      code: job('OnFailure', 'backoffLimit: 4\n'),
      errors: [
        { path: 'spec.template.spec.restartPolicy', line: 9, column: 7, message: 'after backoffLimit (4) failures' },
      ],
    },
    {
      name: 'OnFailure with the default backoffLimit',
      code: job('OnFailure'),
      errors: [{ path: 'spec.template.spec.restartPolicy', line: 8, column: 7, message: 'backoffLimit (6)' }],
    },
  ],
});
