import { defineRule } from '../../engine/rule.js';
import { withApiWarning } from '../../model/api-warnings.js';
import { isSet } from '../../model/values.js';
import { affinityTerms, describeTerm } from './utils/affinity-terms.js';
import { nullSelectorWarning } from './utils/constraints.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-null-label-selector',
    severity: 'warning',
    origin: 'api-warning',
    description: 'A pod affinity or anti-affinity term has no labelSelector, so it matches no pod.',
    fixable: false,
    podSpecFields: ['affinity'],
    source: 'warningsForPodAffinityTerms / warningsForWeightedPodAffinityTerms (pkg/api/pod/warnings.go)',
    messages: {
      podAffinityNullLabelSelector: '{{warning}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const term of affinityTerms(site)) {
          if (isSet(term.term.labelSelector)) continue;
          const selectorPath = [...term.path, 'labelSelector'];
          const effect =
            term.kind === 'podAffinity' && !term.weighted
              ? 'a required affinity to no pod can never be met, so the pod stays Pending'
              : 'the term has no effect';
          context.report({
            resource,
            path: selectorPath,
            messageId: 'podAffinityNullLabelSelector',
            data: {
              warning: withApiWarning(
                nullSelectorWarning(selectorPath),
                `${describeTerm(term)} selects nothing, so ${effect}; add a labelSelector for the pods it is about`,
              ),
            },
          });
        }
      },
    };
  },
});
