import { defineRule } from '../../engine/rule.js';
import { qualifiedNameErrors } from '../../schema/names.js';
import { NODE_SELECTOR_SOURCE, nodeRequirementsOf } from './utils/node-selector-requirements.js';

export default defineRule({
  meta: {
    id: 'scheduling/node-selector-key-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'A node affinity matchExpressions key must be a label key; a matchFields key must be metadata.name.',
    fixable: false,
    podSpecFields: ['affinity'],
    source: 'ValidateNodeSelectorRequirement, ValidateNodeFieldSelectorRequirement (pkg/apis/core/validation)',
    sources: [
      { package: NODE_SELECTOR_SOURCE, function: 'ValidateNodeSelectorRequirement', type: 'Invalid', field: 'key' },
      {
        package: NODE_SELECTOR_SOURCE,
        function: 'ValidateNodeFieldSelectorRequirement',
        type: 'Invalid',
        field: 'key',
      },
    ],
    messages: {
      labelKey: 'node affinity key {{key}} is not a valid label key: {{reasons}}; the API server refuses the object',
      fieldKey:
        'matchFields key {{key}} is not supported: the only node field it can select on is metadata.name, so the API server refuses the object; use matchExpressions for node labels',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { requirement, path, kind } of nodeRequirementsOf(site)) {
          const key = requirement.key;
          // An empty key is schema/required's finding.
          if (typeof key !== 'string' || key === '') continue;
          if (kind === 'matchFields') {
            if (key !== 'metadata.name')
              context.report({
                resource,
                path: [...path, 'key'],
                messageId: 'fieldKey',
                data: { key: JSON.stringify(key) },
              });
            continue;
          }
          const reasons = qualifiedNameErrors(key);
          if (reasons.length)
            context.report({
              resource,
              path: [...path, 'key'],
              messageId: 'labelKey',
              data: { key: JSON.stringify(key), reasons: reasons.join('; ') },
            });
        }
      },
    };
  },
});
