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
    {
      name: 'a written selector on the job name label, which the generated pod labels hold',
      code: manifests.job(pod, { fields: 'selector: {matchLabels: {batch.kubernetes.io/job-name: web}}' }),
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
      name: 'a written selector without manualSelector',
      code: manifests.job(pod, { fields: 'selector: {matchLabels: {app: web}}' }),
      errors: [{ path: 'spec.selector', line: 6, column: 3, messageId: 'notGenerated' }],
    },
    {
      name: 'a selector copied from another Job, with its uid, and manualSelector false',
      code: manifests.job(pod, {
        fields:
          'manualSelector: false\nselector:\n  matchLabels: {batch.kubernetes.io/controller-uid: 1b2c3d4e-0000-4000-8000-000000000000}',
      }),
      errors: [{ path: 'spec.selector', line: 7, column: 3, messageId: 'notGenerated' }],
    },
    {
      name: 'a selector in a CronJob’s job template',
      code: manifests.cronJob(pod, { fields: 'selector: {matchLabels: {app: web}}' }),
      errors: [{ path: 'spec.jobTemplate.spec.selector', line: 9, column: 7, messageId: 'templateSelector' }],
    },
  ],
});
