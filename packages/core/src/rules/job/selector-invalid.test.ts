import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './selector-invalid.js';

const pod = `restartPolicy: Never\n${manifests.webContainer()}`;

runRuleTests(rule, {
  valid: [
    { name: 'a generated selector', code: manifests.job(pod) },
    {
      name: 'manualSelector added on update: the live Job keeps its generated selector',
      code: manifests.job(pod, { fields: 'manualSelector: true' }),
      old: manifests.job(pod),
    },
    { name: 'manualSelector false in a CronJob', code: manifests.cronJob(pod, { fields: 'manualSelector: false' }) },
  ],
  invalid: [
    {
      name: 'a manual Job without selector',
      code: manifests.job(pod, { fields: 'manualSelector: true' }),
      errors: [{ path: 'spec.selector', line: 5, column: 1, messageId: 'manualWithoutSelector' }],
      output: null,
    },
    {
      name: 'a selector in a CronJob’s job template',
      code: manifests.cronJob(pod, { fields: 'selector: {matchLabels: {app: web}}' }),
      errors: [{ path: 'spec.jobTemplate.spec.selector', line: 9, column: 7, messageId: 'templateSelector' }],
    },
  ],
});
