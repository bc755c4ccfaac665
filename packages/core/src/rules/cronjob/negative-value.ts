import { nonNegativeRule } from '../factories/non-negative.js';

export default nonNegativeRule({
  id: 'cronjob/negative-value',
  description: 'CronJob startingDeadlineSeconds and the successful and failed job history limits must not be negative.',
  help: [
    '`startingDeadlineSeconds` is how late a missed run may still start, and `successfulJobsHistoryLimit` / `failedJobsHistoryLimit` how many finished Jobs to keep; none can be below zero, and the API server refuses the CronJob (`must be greater than or equal to 0`). Use `0` to keep no history.',
    '',
    'Bad:',
    '```yaml',
    'spec:',
    '  failedJobsHistoryLimit: -1',
    '```',
    'Good:',
    '```yaml',
    'spec:',
    '  failedJobsHistoryLimit: 0',
    '```',
  ].join('\n'),
  source: 'validateCronJobSpec (pkg/apis/batch/validation)',
  sources: [{ package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateCronJobSpec', type: 'Invalid' }],
  why: 'a deadline or a number of kept Jobs cannot be negative',
  targets: [{ group: 'batch', kind: 'CronJob', base: ['spec'], fields: [['startingDeadlineSeconds'], ['successfulJobsHistoryLimit'], ['failedJobsHistoryLimit']] }],
});
