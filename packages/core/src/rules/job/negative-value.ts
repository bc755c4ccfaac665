import { nonNegativeRule } from '../factories/non-negative.js';

const JOB_FIELDS = [
  ['parallelism'],
  ['completions'],
  ['activeDeadlineSeconds'],
  ['backoffLimit'],
  ['ttlSecondsAfterFinished'],
  ['backoffLimitPerIndex'],
  ['maxFailedIndexes'],
];

export default nonNegativeRule({
  id: 'job/negative-value',
  description:
    'Job parallelism, completions, backoffLimit, activeDeadlineSeconds, ttlSecondsAfterFinished and index limits must not be negative.',
  source: 'validateJobSpec (pkg/apis/batch/validation)',
  sources: [{ package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateJobSpec', type: 'Invalid' }],
  why: 'a count of pods, retries or seconds cannot be negative',
  targets: [
    { group: 'batch', kind: 'Job', base: ['spec'], fields: JOB_FIELDS },
    { group: 'batch', kind: 'CronJob', base: ['spec', 'jobTemplate', 'spec'], fields: JOB_FIELDS },
  ],
});
