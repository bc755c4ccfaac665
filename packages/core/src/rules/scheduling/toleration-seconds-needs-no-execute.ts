import { defineRule } from '../../engine/rule.js';
import { isSet } from '../../model/values.js';
import { describeToleration, TOLERATION_SOURCE, tolerationsOf } from './utils/tolerations.js';

export default defineRule({
  meta: {
    id: 'scheduling/toleration-seconds-needs-no-execute',
    severity: 'error',
    origin: 'api-error',
    description: 'A toleration with tolerationSeconds must have effect NoExecute.',
    fixable: false,
    podSpecFields: ['tolerations'],
    source: 'ValidateTolerations (pkg/apis/core/validation)',
    sources: [{ ...TOLERATION_SOURCE, type: 'Invalid', field: 'effect' }],
    messages: {
      needsNoExecute:
        '{{toleration}} sets tolerationSeconds with {{effect}}: only NoExecute taints evict pods, so the API server refuses it (effect must be NoExecute when tolerationSeconds is set); set effect: NoExecute, or remove tolerationSeconds',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const toleration of tolerationsOf(site)) {
          if (
            !isSet(toleration.toleration.tolerationSeconds) ||
            toleration.effect === undefined ||
            toleration.effect === 'NoExecute'
          )
            continue;
          context.report({
            resource,
            path: [...toleration.path, 'effect'],
            messageId: 'needsNoExecute',
            data: {
              toleration: describeToleration(toleration),
              effect: toleration.effect === '' ? 'no effect' : `effect ${toleration.effect}`,
            },
          });
        }
      },
    };
  },
});
