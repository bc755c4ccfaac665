import { defineRule } from '../../engine/rule.js';
import { asArray, goString } from '../../model/values.js';
import { NODE_SELECTOR_SOURCE, nodeRequirementsOf } from './utils/node-selector-requirements.js';

export default defineRule({
  meta: {
    id: 'scheduling/node-selector-values-mismatch',
    severity: 'error',
    origin: 'api-error',
    description:
      "A node affinity requirement's values must fit its operator: some for In/NotIn, none for Exists/DoesNotExist, one for Gt/Lt.",
    fixable: false,
    podSpecFields: ['affinity'],
    source: 'ValidateNodeSelectorRequirement, ValidateNodeFieldSelectorRequirement (pkg/apis/core/validation)',
    sources: [
      { package: NODE_SELECTOR_SOURCE, function: 'ValidateNodeSelectorRequirement', field: 'values' },
      { package: NODE_SELECTOR_SOURCE, function: 'ValidateNodeFieldSelectorRequirement', field: 'values' },
      {
        package: NODE_SELECTOR_SOURCE,
        function: 'ValidateNodeFieldSelectorRequirement',
        type: 'Invalid',
        field: 'operator',
      },
    ],
    messages: {
      needValues:
        'operator {{operator}} compares the node label with values, but the requirement has none, so the API server refuses the object; list the values to match',
      noValues:
        'operator {{operator}} only checks whether the node label exists, so values must be empty, and the API server refuses the object; remove values, or use operator In',
      oneValue:
        'operator {{operator}} compares the node label with exactly one integer, but the requirement has {{count}} values, so the API server refuses the object',
      oneField:
        'a matchFields requirement with operator {{operator}} needs exactly one node name, but it has {{count}}, so the API server refuses the object; use one requirement per term, or matchExpressions on kubernetes.io/hostname',
      fieldOperator:
        'matchFields supports only operators In and NotIn, not {{operator}}, so the API server refuses the object',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { requirement, path, kind } of nodeRequirementsOf(site)) {
          const operator = goString(requirement.operator);
          // An empty or unknown operator is schema/required's and schema/enum's finding.
          if (operator === undefined || operator === '') continue;
          const count = asArray(requirement.values).length;
          const valuesPath = [...path, 'values'];
          const data = { operator, count };
          if (kind === 'matchFields') {
            if (operator !== 'In' && operator !== 'NotIn') {
              if (['Exists', 'DoesNotExist', 'Gt', 'Lt'].includes(operator))
                context.report({ resource, path: [...path, 'operator'], messageId: 'fieldOperator', data });
            } else if (count !== 1) context.report({ resource, path: valuesPath, messageId: 'oneField', data });
            continue;
          }
          if ((operator === 'In' || operator === 'NotIn') && count === 0)
            context.report({ resource, path: valuesPath, messageId: 'needValues', data });
          else if ((operator === 'Exists' || operator === 'DoesNotExist') && count > 0)
            context.report({ resource, path: valuesPath, messageId: 'noValues', data });
          else if ((operator === 'Gt' || operator === 'Lt') && count !== 1)
            context.report({ resource, path: valuesPath, messageId: 'oneValue', data });
        }
      },
    };
  },
});
