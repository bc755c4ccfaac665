import { defineRule } from '../../engine/rule.js';
import { spreadConstraints } from './utils/constraints.js';
import { labelKeysWithoutSelector } from './utils/label-keys.js';

export default defineRule({
  meta: {
    id: 'topology/match-label-keys-without-selector',
    severity: 'error',
    origin: 'api-error',
    description: 'matchLabelKeys needs a labelSelector.',
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateMatchLabelKeysInTopologySpread' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateLabelKeys' },
    ],
    messages: {
      matchLabelKeysWithoutSelector:
        'matchLabelKeys narrows the labelSelector, but the constraint has none, so the API server refuses it (must not be specified when labelSelector is not set); add a labelSelector that matches the pods to spread, e.g. their app label',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { constraint, path } of spreadConstraints(site)) {
          for (const field of labelKeysWithoutSelector(constraint, ['matchLabelKeys'])) {
            context.report({
              resource,
              path: [...path, field],
              messageId: 'matchLabelKeysWithoutSelector',
            });
          }
        }
      },
    };
  },
});
