import { defineRule } from '../../engine/rule.js';
import { asInteger } from '../../model/builtin.js';
import { isSet } from '../../model/values.js';
import { isIndexed, jobSpecOf } from './utils/job-specs.js';

const MAX_PARALLELISM = 100_000;
const MAX_FAILED_INDEXES = 100_000;
const COMPLETIONS_SOFT_LIMIT = 100_000;
const HIGH_COMPLETIONS_LIMIT = 10_000;

export default defineRule({
  meta: {
    id: 'job/index-limits-exceeded',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Job', 'CronJob'],
    description:
      'maxFailedIndexes needs backoffLimitPerIndex; an Indexed Job keeps parallelism and maxFailedIndexes within its completions and the API’s limits.',
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateJobSpec', type: 'Required' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validateJobSpec',
        type: 'Invalid',
        field: 'parallelism',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/batch/v1', function: 'Validate_JobSpec', field: 'maxFailedIndexes' },
    ],
    messages: {
      backoffRequired:
        'maxFailedIndexes counts indexes that ran out of retries, which needs backoffLimitPerIndex, so the API server refuses the Job without it',
      tooLarge: '{{field}} is {{value}}, above {{limit}}{{why}}, so the API server refuses the Job',
      maxFailedRequired:
        'with more than 100000 completions and backoffLimitPerIndex the API server requires maxFailedIndexes (at most 10000)',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const site = jobSpecOf(resource);
        if (!site) return;
        const { spec, path } = site;
        const report = (field: string, messageId: string, data?: Record<string, string | number>): void =>
          context.report({ resource, path: [...path, field], messageId, ...(data ? { data } : {}) });
        if (isSet(spec.maxFailedIndexes) && !isSet(spec.backoffLimitPerIndex))
          report('backoffLimitPerIndex', 'backoffRequired');
        if (!isIndexed(spec)) return;
        const parallelism = asInteger(spec.parallelism);
        const completions = asInteger(spec.completions);
        const maxFailed = asInteger(spec.maxFailedIndexes);
        if (parallelism !== undefined && parallelism > MAX_PARALLELISM)
          report('parallelism', 'tooLarge', {
            field: 'parallelism',
            value: parallelism,
            limit: MAX_PARALLELISM,
            why: ' for an Indexed Job',
          });
        if (maxFailed !== undefined && completions !== undefined && maxFailed > completions)
          report('maxFailedIndexes', 'tooLarge', {
            field: 'maxFailedIndexes',
            value: maxFailed,
            limit: completions,
            why: ' (the completions)',
          });
        if (maxFailed !== undefined && maxFailed > MAX_FAILED_INDEXES)
          report('maxFailedIndexes', 'tooLarge', {
            field: 'maxFailedIndexes',
            value: maxFailed,
            limit: MAX_FAILED_INDEXES,
            why: '',
          });
        if (completions === undefined || completions <= COMPLETIONS_SOFT_LIMIT || !isSet(spec.backoffLimitPerIndex))
          return;
        const why = ' when completions are above 100000 with backoffLimitPerIndex';
        if (maxFailed === undefined) report('maxFailedIndexes', 'maxFailedRequired');
        if (parallelism !== undefined && parallelism > HIGH_COMPLETIONS_LIMIT)
          report('parallelism', 'tooLarge', {
            field: 'parallelism',
            value: parallelism,
            limit: HIGH_COMPLETIONS_LIMIT,
            why,
          });
        if (maxFailed !== undefined && maxFailed > HIGH_COMPLETIONS_LIMIT)
          report('maxFailedIndexes', 'tooLarge', {
            field: 'maxFailedIndexes',
            value: maxFailed,
            limit: HIGH_COMPLETIONS_LIMIT,
            why,
          });
      },
    };
  },
});
