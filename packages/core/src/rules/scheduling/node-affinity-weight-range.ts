import { defineRule } from '../../engine/rule.js';
import { objectEntries } from '../../model/values.js';
import { NODE_AFFINITY_PATH, NODE_SELECTOR_SOURCE, nodeAffinityOf } from './utils/node-selector-requirements.js';

export default defineRule({
  meta: {
    id: 'scheduling/node-affinity-weight-range',
    severity: 'error',
    origin: 'api-error',
    description: 'A preferred node affinity term needs a weight from 1 to 100.',
    fixable: false,
    podSpecFields: ['affinity'],
    source: 'ValidatePreferredSchedulingTerms (pkg/apis/core/validation)',
    sources: [
      { package: NODE_SELECTOR_SOURCE, function: 'ValidatePreferredSchedulingTerms', type: 'Invalid', field: 'weight' },
    ],
    messages: {
      range:
        'preferred node affinity term {{index}} has weight {{weight}}; weights run from 1 to 100, so the API server refuses the object',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const affinity = nodeAffinityOf(site);
        for (const [index, term] of objectEntries(affinity?.preferredDuringSchedulingIgnoredDuringExecution)) {
          const weight = term.weight;
          // An absent weight is schema/required's finding; a non-integer is schema/type's.
          if (typeof weight !== 'number' || !Number.isInteger(weight) || (weight >= 1 && weight <= 100)) continue;
          context.report({
            resource,
            path: [
              ...site.path,
              ...NODE_AFFINITY_PATH,
              'preferredDuringSchedulingIgnoredDuringExecution',
              index,
              'weight',
            ],
            messageId: 'range',
            data: { index, weight },
          });
        }
      },
    };
  },
});
