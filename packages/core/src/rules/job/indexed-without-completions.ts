import { defineRule } from '../../engine/rule.js';
import { isSet } from '../../model/values.js';
import { isIndexed, jobSpecOf } from './utils/job-specs.js';

export default defineRule({
  meta: {
    id: 'job/indexed-without-completions',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Job', 'CronJob'],
    description: 'An Indexed Job must set completions, the number of indexes.',
    fixable: false,
    source: 'validateJobSpec (pkg/apis/batch/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validateJobSpec',
        type: 'Required',
        field: 'completions',
      },
    ],
    messages: {
      required:
        'completionMode is Indexed but completions is not set, so there is no range of indexes to run and the API server refuses the Job; set completions to the number of indexes',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const site = jobSpecOf(resource);
        if (!site || !isIndexed(site.spec) || isSet(site.spec.completions)) return;
        // A Job with neither completions nor parallelism is defaulted to one of each (SetDefaults_Job)
        // before validation; a CronJob's job template is not.
        if (resource.kind === 'Job' && !isSet(site.spec.parallelism)) return;
        context.report({
          resource,
          path: [...site.path, 'completions'],
          messageId: 'required',
          related: [{ path: [...site.path, 'completionMode'], message: 'the Indexed completion mode' }],
        });
      },
    };
  },
});
