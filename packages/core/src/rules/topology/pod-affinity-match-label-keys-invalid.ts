import { defineRule } from '../../engine/rule.js';
import { isSet } from '../../model/values.js';
import { AFFINITY_LABEL_KEYS_SINCE, affinityTerms, describeTerm } from './utils/affinity-terms.js';
import { invalidLabelKeys } from './utils/label-keys.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-match-label-keys-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'Each matchLabelKeys and mismatchLabelKeys entry of a pod affinity term must be a valid label key.',
    fixable: false,
    podSpecFields: ['affinity'],
    versions: { since: AFFINITY_LABEL_KEYS_SINCE },
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateMatchLabelKeysAndMismatchLabelKeys' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateLabelKeys' },
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation', function: 'ValidateLabelName' },
    ],
    messages: {
      podAffinityMatchLabelKeysInvalid:
        '{{term}} lists {{key}} in {{field}}, which is not a valid label key, so the API server refuses it ({{join}}); use the key of a label the pods carry',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const term of affinityTerms(site)) {
          if (!isSet(term.term.labelSelector)) continue;
          for (const { field, key, path, problems } of invalidLabelKeys(
            term.term,
            ['matchLabelKeys', 'mismatchLabelKeys'],
            term.path,
          )) {
            context.report({
              resource,
              path,
              messageId: 'podAffinityMatchLabelKeysInvalid',
              data: { term: describeTerm(term), key: JSON.stringify(key), field, join: problems.join('; ') },
            });
          }
        }
      },
    };
  },
});
