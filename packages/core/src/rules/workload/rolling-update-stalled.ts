import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { asObject, isSet } from '../../model/values.js';

/** `0`, `"0"` or `"0%"`: the values getIntOrPercentValue reads as zero. Absent means the 25% default. */
function isZero(value: unknown): boolean {
  return value === 0 || (typeof value === 'string' && /^[+-]?0+%?$/.test(value));
}

export default defineRule({
  meta: {
    id: 'workload/rolling-update-stalled',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Deployment'],
    description: 'A Deployment rolling update must not set both maxSurge and maxUnavailable to 0.',
    fixable: false,
    source: 'ValidateRollingUpdateDeployment (pkg/apis/apps/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidateRollingUpdateDeployment',
        type: 'Invalid',
        field: 'maxUnavailable',
      },
    ],
    messages: {
      bothZero:
        'maxUnavailable and maxSurge are both 0, so the rollout could neither start a new pod nor stop an old one, and the API server refuses the Deployment (may not be 0 when `maxSurge` is 0); set maxSurge: 1 (or allow maxUnavailable: 1)',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'apps', ['Deployment'])) return;
        const strategy = asObject(specOf(resource)?.strategy);
        const type = strategy?.type;
        if (isSet(type) && type !== '' && type !== 'RollingUpdate') return;
        const rollingUpdate = asObject(strategy?.rollingUpdate);
        if (!rollingUpdate || !isZero(rollingUpdate.maxUnavailable) || !isZero(rollingUpdate.maxSurge)) return;
        context.report({
          resource,
          path: ['spec', 'strategy', 'rollingUpdate', 'maxUnavailable'],
          messageId: 'bothZero',
          related: [{ path: ['spec', 'strategy', 'rollingUpdate', 'maxSurge'], message: 'maxSurge is 0 as well' }],
        });
      },
    };
  },
});
