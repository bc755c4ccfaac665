import { defineRule } from '../../engine/rule.js';
import { AFFINITY_LABEL_KEYS_SINCE, affinityTerms, describeTerm } from './utils/affinity-terms.js';
import { labelKeysWithoutSelector } from './utils/label-keys.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-match-label-keys-without-selector',
    severity: 'error',
    origin: 'api-error',
    description: 'matchLabelKeys and mismatchLabelKeys of a pod affinity term need a labelSelector.',
    fixable: false,
    podSpecFields: ['affinity'],
    versions: { since: AFFINITY_LABEL_KEYS_SINCE },
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateMatchLabelKeysAndMismatchLabelKeys' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateLabelKeys' },
    ],
    messages: {
      podAffinityMatchLabelKeysWithoutSelector:
        '{{term}} sets {{field}}, which narrows the labelSelector, but it has none, so the API server refuses it (must not be specified when labelSelector is not set); add a labelSelector for the pods the term is about',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const term of affinityTerms(site)) {
          for (const field of labelKeysWithoutSelector(term.term, ['matchLabelKeys', 'mismatchLabelKeys'])) {
            context.report({
              resource,
              path: [...term.path, field],
              messageId: 'podAffinityMatchLabelKeysWithoutSelector',
              data: { term: describeTerm(term), field },
            });
          }
        }
      },
    };
  },
});
