import { defineRule } from '../../engine/rule.js';
import { affinityTerms } from './utils/affinity-terms.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-weight-out-of-range',
    severity: 'error',
    origin: 'api-error',
    description: 'A preferred pod affinity term needs a weight from 1 to 100.',
    fixable: false,
    podSpecFields: ['affinity'],
    reportsSchemaProblems: [{ problems: ['required'], field: 'core.v1.WeightedPodAffinityTerm.weight' }],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateWeightedPodAffinityTerms' }],
    messages: {
      weightMissing:
        'the preferred term has no weight, which counts as 0 and the API server refuses it (must be in the range 1-100); add a weight from 1 to 100 (higher means more important)',
      weightOutOfRange:
        'weight {{raw}} is out of range: the API server refuses weights outside 1 to 100 (must be in the range 1-100); use a value from 1 to 100',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const term of affinityTerms(site)) {
          if (!term.weighted) continue;
          const raw = term.weighted.entry.weight;
          const missing = raw === undefined || raw === null;
          if (!missing && (typeof raw !== 'number' || (raw >= 1 && raw <= 100))) continue;
          context.report({
            resource,
            path: [...term.weighted.path, 'weight'],
            ...(missing ? { messageId: 'weightMissing' } : { messageId: 'weightOutOfRange', data: { raw } }),
          });
        }
      },
    };
  },
});
