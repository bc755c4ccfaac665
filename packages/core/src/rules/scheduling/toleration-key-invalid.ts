import { defineRule } from '../../engine/rule.js';
import { qualifiedNameErrors } from '../../schema/names.js';
import { TOLERATION_SOURCE, tolerationsOf } from './utils/tolerations.js';

export default defineRule({
  meta: {
    id: 'scheduling/toleration-key-invalid',
    severity: 'error',
    origin: 'api-error',
    description: "A toleration's key must be a valid label key, the syntax of taint keys.",
    fixable: false,
    podSpecFields: ['tolerations'],
    source: 'ValidateTolerations → ValidateLabelName (pkg/apis/core/validation)',
    sources: [
      { ...TOLERATION_SOURCE, type: 'Invalid', field: 'key' },
      // The declarative (alpha) LabelKey row repeats the same check.
      { package: 'k8s.io/kubernetes/pkg/apis/core/v1', function: 'Validate_Toleration', field: 'key' },
    ],
    messages: {
      invalid: 'toleration key {{key}} is not a valid taint key: {{reasons}}; the API server refuses the object',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const toleration of tolerationsOf(site)) {
          if (!toleration.key) continue;
          const reasons = qualifiedNameErrors(toleration.key);
          if (reasons.length)
            context.report({
              resource,
              path: [...toleration.path, 'key'],
              messageId: 'invalid',
              data: { key: JSON.stringify(toleration.key), reasons: reasons.join('; ') },
            });
        }
      },
    };
  },
});
