import { defineRule } from '../../engine/rule.js';
import { TOLERATION_SOURCE, tolerationsOf } from './utils/tolerations.js';

export default defineRule({
  meta: {
    id: 'scheduling/toleration-empty-key-needs-exists',
    severity: 'error',
    origin: 'api-error',
    description: 'A toleration without a key must use operator Exists (it then tolerates every taint).',
    fixable: false,
    podSpecFields: ['tolerations'],
    source: 'ValidateTolerations (pkg/apis/core/validation)',
    sources: [{ ...TOLERATION_SOURCE, type: 'Invalid', field: 'operator' }],
    messages: {
      needsExists:
        'tolerations[{{index}}] has no key, so it matches taints of every key, and the API server refuses it unless operator is Exists (operator {{operator}}); add the key of the taint to tolerate, or write operator: Exists to tolerate every taint',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const toleration of tolerationsOf(site)) {
          if (toleration.key !== '' || toleration.operator === undefined || toleration.operator === 'Exists') continue;
          const index = String(toleration.path[toleration.path.length - 1]);
          context.report({
            resource,
            path: [...toleration.path, 'operator'],
            messageId: 'needsExists',
            data: { index, operator: toleration.operator === '' ? 'defaults to Equal' : `is ${toleration.operator}` },
          });
        }
      },
    };
  },
});
