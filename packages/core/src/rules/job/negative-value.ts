import { nonNegativeRule } from '../factories/non-negative.js';

const JOB_FIELDS = [['parallelism'], ['completions'], ['activeDeadlineSeconds'], ['backoffLimit'], ['ttlSecondsAfterFinished'], ['backoffLimitPerIndex'], ['maxFailedIndexes']];

export default nonNegativeRule({
  id: 'job/negative-value',
  description: 'Job parallelism, completions, backoffLimit, activeDeadlineSeconds, ttlSecondsAfterFinished and index limits must not be negative.',
  help: [
    'A Job counts pods (`parallelism`, `completions`), retries (`backoffLimit`, `backoffLimitPerIndex`, `maxFailedIndexes`) and seconds (`activeDeadlineSeconds`, `ttlSecondsAfterFinished`) with these fields, in a Job and in a CronJob\'s `jobTemplate`. The API server refuses negative values (`must be greater than or equal to 0`). To retry never, use `backoffLimit: 0`; to delete a finished Job at once, `ttlSecondsAfterFinished: 0`.',
    '',
    'Bad:',
    '```yaml',
    'spec:',
    '  backoffLimit: -1',
    '```',
    'Good:',
    '```yaml',
    'spec:',
    '  backoffLimit: 0',
    '```',
  ].join('\n'),
  source: 'validateJobSpec (pkg/apis/batch/validation)',
  sources: [{ package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateJobSpec', type: 'Invalid' }],
  why: 'a count of pods, retries or seconds cannot be negative',
  targets: [
    { group: 'batch', kind: 'Job', base: ['spec'], fields: JOB_FIELDS },
    { group: 'batch', kind: 'CronJob', base: ['spec', 'jobTemplate', 'spec'], fields: JOB_FIELDS },
  ],
});
