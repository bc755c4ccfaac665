import { defineRule } from '../../engine/rule.js';
import { AFFINITY_LABEL_KEYS_SINCE, affinityTerms, describeTerm } from './utils/affinity-terms.js';
import { labelKeyEntries } from './utils/label-keys.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-match-and-mismatch-label-keys',
    severity: 'error',
    origin: 'api-error',
    description: 'A pod affinity term lists the same key in matchLabelKeys and mismatchLabelKeys.',
    fixable: false,
    podSpecFields: ['affinity'],
    versions: { since: AFFINITY_LABEL_KEYS_SINCE },
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateMatchLabelKeysAndMismatchLabelKeys' },
    ],
    messages: {
      podAffinityMatchAndMismatchLabelKeys:
        '{{term}} lists {{key}} in both matchLabelKeys (same value) and mismatchLabelKeys (different value), which together select nothing, so the API server refuses it (exists in both matchLabelKeys and mismatchLabelKeys); keep it in one of the two lists',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const term of affinityTerms(site)) {
          const mismatch = new Map(
            labelKeyEntries(term.term, 'mismatchLabelKeys', term.path).map(({ key, path }) => [key, path]),
          );
          for (const { key, path } of labelKeyEntries(term.term, 'matchLabelKeys', term.path)) {
            const other = mismatch.get(key);
            if (!other) continue;
            context.report({
              resource,
              path,
              messageId: 'podAffinityMatchAndMismatchLabelKeys',
              data: { term: describeTerm(term), key: JSON.stringify(key) },
              related: [{ path: other, message: 'the same key in mismatchLabelKeys' }],
            });
          }
        }
      },
    };
  },
});
