import { defineRule } from '../../engine/rule.js';
import { podLabelKeys, spreadConstraints } from './constraints.js';
import { conflictConsequence, spreadLabelKeyConflicts } from './label-keys.js';

export default defineRule({
  meta: {
    id: 'topology/match-label-keys-in-selector',
    severity: 'error',
    origin: 'api-error',
    description: 'A matchLabelKeys key is also constrained by the labelSelector.',
    help: [
      "`matchLabelKeys` adds `key In (<the pod's own value>)` to the labelSelector. A key the selector already constrains is refused (`exists in both matchLabelKeys and labelSelector`): before 1.34 whenever the key appears in both; from 1.34 the API server merges the keys into the selector when it creates a **Pod**, and refuses the Pod when a merged key was already in the selector. Templates are not merged, so a Deployment with the overlap is accepted, but every Pod its ReplicaSet creates is refused and none ever runs. Keep the key in one place: the selector for a fixed value, matchLabelKeys for \"the pod's own value\".",
      '',
      'Bad:',
      '```yaml',
      'labelSelector: {matchLabels: {app: web}}',
      'matchLabelKeys: [app]',
      '```',
      'Good:',
      '```yaml',
      'labelSelector: {matchLabels: {app: web}}',
      'matchLabelKeys: [pod-template-hash]',
      '```',
    ].join('\n'),
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateMatchLabelKeysInTopologySpread' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateMatchLabelKeysAndMismatchLabelKeys' },
      { package: 'k8s.io/kubernetes/pkg/registry/core/pod', function: 'applyMatchLabelKeys' },
    ],
    messages: {
      matchLabelKeysInSelector: 'matchLabelKeys entry {{key}} is also constrained by the labelSelector; {{conflict}}; keep {{key}} in one place: in the labelSelector for a fixed value, or in matchLabelKeys for the pod\'s own value',
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
              messageId: 'matchLabelKeysInSelector', data: { key: JSON.stringify(conflict.key), conflict: conflictConsequence(conflict, site, resource) },
              related: [{ path: [...path, 'labelSelector'], message: 'the selector that already constrains this key' }],
            });
          }
        }
      },
    };
  },
});
