import { defineRule } from '../../engine/rule.js';
import { AFFINITY_LABEL_KEYS_SINCE, affinityTerms, describeTerm } from './utils/affinity-terms.js';
import { podLabelKeys } from './utils/constraints.js';
import { affinityLabelKeyConflicts, conflictConsequence } from './utils/label-keys.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-match-label-keys-in-selector',
    severity: 'error',
    origin: 'api-error',
    description: "A pod affinity term's matchLabelKeys key is also constrained by its labelSelector.",
    fixable: false,
    podSpecFields: ['affinity'],
    versions: { since: AFFINITY_LABEL_KEYS_SINCE },
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateMatchLabelKeysAndMismatchLabelKeys' },
      { package: 'k8s.io/kubernetes/pkg/registry/core/pod', function: 'applyMatchLabelKeysAndMismatchLabelKeys' },
    ],
    messages: {
      podAffinityMatchLabelKeysInSelector:
        '{{term}} lists {{key}} in matchLabelKeys although its labelSelector already constrains it; {{conflict}}; keep {{key}} in one place',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const present = podLabelKeys(site, resource);
        for (const term of affinityTerms(site)) {
          for (const conflict of affinityLabelKeyConflicts(term.term, term.path, present)) {
            context.report({
              resource,
              // The API server's path is `<term>[k]`, which names no field.
              path: [...term.path, 'matchLabelKeys', conflict.index],
              messageId: 'podAffinityMatchLabelKeysInSelector',
              data: {
                term: describeTerm(term),
                key: JSON.stringify(conflict.key),
                conflict: conflictConsequence(conflict, site, resource),
              },
              related: [
                { path: [...term.path, 'labelSelector'], message: 'the selector that already constrains this key' },
              ],
            });
          }
        }
      },
    };
  },
});
