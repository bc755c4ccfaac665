import { defineRule } from '../../engine/rule.js';
import { labelValueErrors } from '../../schema/names.js';
import { describeToleration, TOLERATION_SOURCE, tolerationsOf } from './utils/tolerations.js';

export default defineRule({
  meta: {
    id: 'scheduling/toleration-value-invalid',
    severity: 'error',
    origin: 'api-error',
    description: "A toleration's value must be a label value with operator Equal, and empty with operator Exists.",
    fixable: false,
    podSpecFields: ['tolerations'],
    source: 'ValidateTolerations (pkg/apis/core/validation)',
    sources: [{ ...TOLERATION_SOURCE, type: 'Invalid', field: 'operator' }],
    messages: {
      existsWithValue:
        '{{toleration}} has operator Exists and value {{value}}: Exists ignores the value, so the API server refuses it (value must be empty when operator is Exists); remove the value, or use operator: Equal to match it',
      notLabelValue:
        '{{toleration}} compares the value {{value}}, which is not a valid label value: {{reasons}}; the API server refuses the object, and no taint could carry that value',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const toleration of tolerationsOf(site)) {
          const { operator, value } = toleration;
          if (value === undefined) continue;
          const path = [...toleration.path, 'operator'];
          const data = { toleration: describeToleration(toleration), value: JSON.stringify(value) };
          if (operator === 'Exists' && value !== '')
            context.report({ resource, path, messageId: 'existsWithValue', data });
          else if (operator === 'Equal' || operator === '') {
            const reasons = labelValueErrors(value);
            if (reasons.length)
              context.report({
                resource,
                path,
                messageId: 'notLabelValue',
                data: { ...data, reasons: reasons.join('; ') },
              });
          }
        }
      },
    };
  },
});
