import { defineRule } from '../../engine/rule.js';
import { asArray } from '../../model/values.js';
import { dns1123SubdomainErrors, labelValueErrors } from '../../schema/names.js';
import { NODE_SELECTOR_SOURCE, nodeRequirementsOf } from './utils/node-selector-requirements.js';

export default defineRule({
  meta: {
    id: 'scheduling/node-selector-value-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'The values of a required node affinity term must be label values; matchFields values must be node names.',
    fixable: false,
    podSpecFields: ['affinity'],
    source: 'ValidateNodeSelectorRequirement, ValidateNodeFieldSelectorRequirement (pkg/apis/core/validation)',
    sources: [
      { package: NODE_SELECTOR_SOURCE, function: 'ValidateNodeSelectorRequirement', type: 'Invalid', field: 'values' },
      {
        package: NODE_SELECTOR_SOURCE,
        function: 'ValidateNodeFieldSelectorRequirement',
        type: 'Invalid',
        field: 'values',
      },
    ],
    messages: {
      labelValue:
        'node affinity value {{value}} is not a valid label value: {{reasons}}; no node label can have it, and the API server refuses a required term with it',
      nodeName: 'matchFields value {{value}} is not a node name: {{reasons}}; the API server refuses the object',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { requirement, path, kind, required } of nodeRequirementsOf(site)) {
          // matchFields values are validated only for the key the API server knows.
          if (kind === 'matchFields' && requirement.key !== 'metadata.name') continue;
          if (kind === 'matchExpressions' && !required) continue;
          asArray(requirement.values).forEach((value, index) => {
            if (typeof value !== 'string') return;
            const reasons = kind === 'matchFields' ? dns1123SubdomainErrors(value) : labelValueErrors(value);
            if (reasons.length)
              context.report({
                resource,
                path: [...path, 'values', index],
                messageId: kind === 'matchFields' ? 'nodeName' : 'labelValue',
                data: { value: JSON.stringify(value), reasons: reasons.join('; ') },
              });
          });
        }
      },
    };
  },
});
