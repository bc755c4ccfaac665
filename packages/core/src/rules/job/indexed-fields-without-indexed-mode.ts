import { defineRule } from '../../engine/rule.js';
import { isSet } from '../../model/values.js';
import { isIndexed, jobSpecOf } from './utils/job-specs.js';

const INDEXED_ONLY = ['backoffLimitPerIndex', 'maxFailedIndexes', 'successPolicy'] as const;

export default defineRule({
  meta: {
    id: 'job/indexed-fields-without-indexed-mode',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Job', 'CronJob'],
    description: 'backoffLimitPerIndex, maxFailedIndexes and successPolicy need completionMode: Indexed.',
    fixable: false,
    source: 'validateJobSpec (pkg/apis/batch/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validateJobSpec',
        type: 'Invalid',
        field: 'backoffLimitPerIndex',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validateJobSpec',
        type: 'Invalid',
        field: 'maxFailedIndexes',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validateJobSpec',
        type: 'Invalid',
        field: 'successPolicy',
      },
    ],
    messages: {
      needsIndexed:
        '{{field}} applies to completion indexes, which only an Indexed Job has, so the API server refuses it here (requires indexed completion mode); add completionMode: Indexed (with completions) or remove {{field}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const site = jobSpecOf(resource);
        if (!site || isIndexed(site.spec)) return;
        for (const field of INDEXED_ONLY) {
          if (isSet(site.spec[field]))
            context.report({ resource, path: [...site.path, field], messageId: 'needsIndexed', data: { field } });
        }
      },
    };
  },
});
