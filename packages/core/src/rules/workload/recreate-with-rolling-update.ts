import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { asObject, isSet } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'workload/recreate-with-rolling-update',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Deployment'],
    description: 'A Deployment with strategy type Recreate must not set strategy.rollingUpdate.',
    fixable: false,
    source: 'ValidateDeploymentStrategy (pkg/apis/apps/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidateDeploymentStrategy',
        type: 'Forbidden',
        field: 'rollingUpdate',
      },
    ],
    messages: {
      forbidden:
        'spec.strategy.rollingUpdate is set although the strategy type is Recreate, which replaces all pods at once and has no rolling-update settings, so the API server refuses the Deployment; remove rollingUpdate, or set type: RollingUpdate',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'apps', ['Deployment'])) return;
        const strategy = asObject(specOf(resource)?.strategy);
        if (strategy?.type !== 'Recreate' || !isSet(strategy.rollingUpdate)) return;
        context.report({
          resource,
          path: ['spec', 'strategy', 'rollingUpdate'],
          messageId: 'forbidden',
          related: [{ path: ['spec', 'strategy', 'type'], message: 'the strategy type that forbids rollingUpdate' }],
        });
      },
    };
  },
});
