import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { asObject, isSet } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'workload/recreate-with-rolling-update',
    severity: 'error',
    origin: 'api-error',
    description: 'A Deployment with strategy type Recreate must not set strategy.rollingUpdate.',
    help: [
      'With `type: Recreate` the Deployment deletes every old pod before it starts new ones, so the `rollingUpdate` settings (`maxSurge`, `maxUnavailable`) mean nothing, and the API server refuses the object rather than silently ignore them (`spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is \'Recreate\'`). An empty `rollingUpdate: {}` counts too.',
      '',
      'Remove `rollingUpdate`, or switch `type` to `RollingUpdate` if a rolling update is what you meant.',
      '',
      'Bad:',
      '```yaml',
      'strategy:',
      '  type: Recreate',
      '  rollingUpdate:',
      '    maxSurge: 1',
      '```',
      'Good:',
      '```yaml',
      'strategy:',
      '  type: Recreate',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'ValidateDeploymentStrategy (pkg/apis/apps/validation)',
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateDeploymentStrategy', type: 'Forbidden', field: 'rollingUpdate' }],
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
