import { nonNegativeRule } from '../factories/non-negative.js';

export default nonNegativeRule({
  id: 'cronjob/negative-value',
  description: 'CronJob startingDeadlineSeconds and the successful and failed job history limits must not be negative.',
  source: 'validateCronJobSpec (pkg/apis/batch/validation)',
  sources: [
    { package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateCronJobSpec', type: 'Invalid' },
  ],
  why: 'a deadline or a number of kept Jobs cannot be negative',
  targets: [
    {
      group: 'batch',
      kind: 'CronJob',
      base: ['spec'],
      fields: [['startingDeadlineSeconds'], ['successfulJobsHistoryLimit'], ['failedJobsHistoryLimit']],
    },
  ],
});
