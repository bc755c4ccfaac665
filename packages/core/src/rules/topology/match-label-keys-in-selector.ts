import { defineRule } from '../../engine/rule.js';
import { podLabelKeys, spreadConstraints } from './utils/constraints.js';
import { conflictConsequence, spreadLabelKeyConflicts } from './utils/label-keys.js';

export default defineRule({
  meta: {
    id: 'topology/match-label-keys-in-selector',
    severity: 'error',
    origin: 'api-error',
    description: 'A matchLabelKeys key is also constrained by the labelSelector.',
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateMatchLabelKeysInTopologySpread' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateMatchLabelKeysAndMismatchLabelKeys' },
      { package: 'k8s.io/kubernetes/pkg/registry/core/pod', function: 'applyMatchLabelKeys' },
    ],
    messages: {
      matchLabelKeysInSelector:
        "matchLabelKeys entry {{key}} is also constrained by the labelSelector; {{conflict}}; keep {{key}} in one place: in the labelSelector for a fixed value, or in matchLabelKeys for the pod's own value",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const present = podLabelKeys(site, resource);
        for (const { constraint, path } of spreadConstraints(site)) {
          for (const conflict of spreadLabelKeyConflicts(constraint, path, present, context.kubernetesVersion)) {
            context.report({
              resource,
              // From 1.34 the API server's path is `topologySpreadConstraints[i][k]`, which names no field.
              path: [...path, 'matchLabelKeys', conflict.index],
              messageId: 'matchLabelKeysInSelector',
              data: { key: JSON.stringify(conflict.key), conflict: conflictConsequence(conflict, site, resource) },
              related: [{ path: [...path, 'labelSelector'], message: 'the selector that already constrains this key' }],
            });
          }
        }
      },
    };
  },
});
