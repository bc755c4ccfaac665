import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './generated-label-conflict.js';

/** A Job `migrate` whose pod template has these labels (line 7). */
const job = (labels: string, fields = ''): string =>
  manifests
    .job('restartPolicy: Never\ncontainers:\n  - {name: migrate, image: "busybox:1.36"}', {
      name: 'migrate',
      ...(fields ? { fields } : {}),
    })
    .replace('  template:\n', `  template:\n    metadata:\n      labels: ${labels}\n`);

/** A Job without template labels, named by `name`. */
const named = (name: string, fields = ''): string =>
  manifests.job('restartPolicy: Never\ncontainers:\n  - {name: migrate, image: "busybox:1.36"}', {
    name,
    ...(fields ? { fields } : {}),
  });

runRuleTests(rule, {
  valid: [
    { name: 'a name of 63 characters fits the job-name labels', code: named('m'.repeat(63)) },
    {
      name: 'with manualSelector the API server adds no job-name label, so a longer name is accepted',
      code: named('m'.repeat(70), 'manualSelector: true\nselector: {matchLabels: {app: db}}').replace(
        '  template:\n',
        '  template:\n    metadata:\n      labels: {app: db}\n',
      ),
    },
    { name: 'a job-name label that is the Job’s name', code: job('{job-name: migrate, app: db}') },
    {
      name: 'with manualSelector the labels are the author’s',
      code: job(
        '{controller-uid: fixed, app: db}',
        'manualSelector: true\nselector: {matchLabels: {controller-uid: fixed}}',
      ),
    },
  ],
  invalid: [
    {
      name: 'a controller-uid label',
      code: job('{controller-uid: 0b7c6f52-4e0f-4f7e-9c1e-2f1c2d3e4f50}'),
      errors: [
        {
          path: 'spec.template.metadata.labels.controller-uid',
          line: 8,
          column: 16,
          messageId: 'controllerUid',
          oracleField: 'spec.template.metadata.labels[controller-uid]',
        },
      ],
      output: null,
    },
    {
      name: 'a batch.kubernetes.io/job-name label naming another Job',
      code: job('{batch.kubernetes.io/job-name: migrate-v2}'),
      errors: [
        {
          path: 'spec.template.metadata.labels[batch.kubernetes.io/job-name]',
          line: 8,
          column: 16,
          messageId: 'jobName',
        },
      ],
      output: job('{batch.kubernetes.io/job-name: migrate}'),
    },
    {
      name: 'a name of 64 characters, which the API server copies into the job-name labels',
      code: named('m'.repeat(64)),
      errors: [
        {
          path: 'metadata.name',
          line: 4,
          column: 3,
          messageId: 'nameTooLong',
          // ValidateLabels reports the generated labels as a whole.
          oracleField: 'spec.template.labels',
        },
      ],
    },
  ],
});
