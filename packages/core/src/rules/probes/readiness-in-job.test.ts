import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment } from '../../../test/fixtures/probes/manifests.js';
import rule from './readiness-in-job.js';

const job = manifests.job(
  `restartPolicy: Never
containers:
  - name: report
    image: example/report:3.2
    readinessProbe:
      exec: {command: [test, -f, /tmp/ready]}`,
  { name: 'report' },
);

const cronJob = (probe: string): string =>
  manifests.cronJob(
    manifests.blocks(
      `restartPolicy: OnFailure
containers:
  - name: backup
    image: example/backup:1.4`,
      manifests.indent(probe, 4),
    ),
    { name: 'nightly', schedule: '0 3 * * *' },
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'Deployment with a readiness probe',
      code: deployment('readinessProbe:\n  httpGet: {path: /ready, port: 8080}'),
    },
    {
      name: 'CronJob with a liveness probe to kill hung runs',
      code: cronJob('livenessProbe:\n  exec: {command: [/bin/alive]}\n  periodSeconds: 60\n'),
    },
  ],
  invalid: [
    {
      name: 'Job with a readiness probe',
      code: job,
      errors: [
        { path: 'spec.template.spec.containers[0].readinessProbe', line: 12, column: 11, message: 'nothing uses it' },
      ],
      output: null,
    },
    {
      name: 'CronJob with a readiness probe',
      code: cronJob('readinessProbe:\n  tcpSocket: {port: 5432}\n'),
      errors: [
        {
          path: 'spec.jobTemplate.spec.template.spec.containers[0].readinessProbe',
          line: 15,
          column: 15,
          message: 'a CronJob',
        },
      ],
    },
  ],
});
