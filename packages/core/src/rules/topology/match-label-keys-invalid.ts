import { defineRule } from '../../engine/rule.js';
import { compareVersions } from '../../release/versions.js';
import { isSet } from '../../model/values.js';
import { spreadConstraints } from './utils/constraints.js';
import { invalidLabelKeys } from './utils/label-keys.js';

export default defineRule({
  meta: {
    id: 'topology/match-label-keys-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'Each matchLabelKeys entry must be a valid label key.',
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateMatchLabelKeysInTopologySpread' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateLabelKeys' },
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation', function: 'ValidateLabelName' },
    ],
    messages: {
      matchLabelKeysInvalid:
        'matchLabelKeys entry {{key}} is not a valid label key, so it can never name a pod label and the API server refuses it ({{join}}); use the key of a label the pods carry, e.g. pod-template-hash',
    },
  },
  create(context) {
    const checksWithoutSelector = compareVersions(context.kubernetesVersion, '1.34') < 0;
    return {
      podSpec(site, resource) {
        for (const { constraint, path } of spreadConstraints(site)) {
          if (!checksWithoutSelector && !isSet(constraint.labelSelector)) continue;
          for (const { key, path: keyPath, problems } of invalidLabelKeys(constraint, ['matchLabelKeys'], path)) {
            context.report({
              resource,
              path: keyPath,
              messageId: 'matchLabelKeysInvalid',
              data: { key: JSON.stringify(key), join: problems.join('; ') },
            });
          }
        }
      },
    };
  },
});
