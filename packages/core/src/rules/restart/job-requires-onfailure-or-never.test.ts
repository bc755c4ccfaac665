import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './job-requires-onfailure-or-never.js';

const job = (policyLine: string, jobFields = ''): string =>
  manifests.job(
    manifests.blocks(
      policyLine,
      `containers:
  - name: migrate
    image: example/migrate:1.0`,
    ),
    { name: 'migrate', fields: jobFields },
  );

const cronJob = (policyLine: string): string =>
  manifests.cronJob(
    manifests.blocks(
      policyLine,
      `containers:
  - name: nightly
    image: example/report:1.0`,
    ),
    {
      name: 'nightly',
      fields: `podFailurePolicy:
  rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [42]}`,
    },
  );

runRuleTests(rule, {
  valid: [
    { name: 'Job with OnFailure', code: job('restartPolicy: OnFailure\n') },
    { name: 'Job with Never', code: job('restartPolicy: Never\n') },
    { name: 'CronJob with Never and a podFailurePolicy', code: cronJob('restartPolicy: Never\n') },
  ],
  invalid: [
    {
      name: 'Job with Always is fixed to Never, which restart/job-onfailure-loses-logs does not object to',
      code: job('restartPolicy: Always\n'),
      errors: [
        { path: 'spec.template.spec.restartPolicy', line: 8, column: 7, message: 'valid values: "OnFailure", "Never"' },
      ],
      output: job('restartPolicy: Never\n'),
    },
    {
      name: 'Job without restartPolicy is defaulted to Always and refused',
      code: job(''),
      errors: [{ path: 'spec.template.spec.restartPolicy', line: 7, column: 5, message: 'unset' }],
      output: null,
    },
    {
      name: 'CronJob with a podFailurePolicy is fixed to Never',
      code: cronJob('restartPolicy: Always\n'),
      errors: [
        {
          path: 'spec.jobTemplate.spec.template.spec.restartPolicy',
          line: 15,
          column: 11,
          message: 'required by podFailurePolicy',
        },
      ],
      output: cronJob('restartPolicy: Never\n'),
    },
  ],
});
