import { defineRule } from '../../engine/rule.js';
import { isSet } from '../../model/values.js';
import { jobSpecOf } from './utils/job-specs.js';

export default defineRule({
  meta: {
    id: 'job/pod-replacement-policy-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A Job with a podFailurePolicy replaces pods only once they have Failed: podReplacementPolicy must be Failed.',
    fixable: true,
    kinds: ['Job', 'CronJob'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validatePodReplacementPolicy' }],
    messages: {
      failedOnly:
        'podReplacementPolicy is {{value}}, but a Job with a podFailurePolicy replaces pods only once they have Failed, so the API server refuses it; use Failed',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const site = jobSpecOf(resource);
        const value = site?.spec.podReplacementPolicy;
        if (!site || !isSet(site.spec.podFailurePolicy) || typeof value !== 'string' || value === 'Failed') return;
        // Values outside the closed set are the schema's finding.
        if (value !== 'TerminatingOrFailed') return;
        const path = [...site.path, 'podReplacementPolicy'];
        context.report({
          resource,
          path,
          messageId: 'failedOnly',
          data: { value },
          fix: { description: 'Set podReplacementPolicy to Failed', replaceValues: [{ path, value: 'Failed' }] },
        });
      },
    };
  },
});
