import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { asObject, isSet } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'workload/statefulset-rolling-update-with-on-delete',
    severity: 'error',
    origin: 'api-error',
    kinds: ['StatefulSet'],
    description: 'A StatefulSet with updateStrategy type OnDelete must not set updateStrategy.rollingUpdate.',
    fixable: false,
    source: 'ValidateStatefulSetSpec (pkg/apis/apps/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidateStatefulSetSpec',
        type: 'Invalid',
        field: 'rollingUpdate',
      },
    ],
    messages: {
      invalid:
        'updateStrategy.rollingUpdate is set although the type is OnDelete, under which the controller never rolls pods itself, so the API server refuses the StatefulSet; remove rollingUpdate or set type: RollingUpdate',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'apps', ['StatefulSet'])) return;
        const strategy = asObject(specOf(resource)?.updateStrategy);
        if (strategy?.type !== 'OnDelete' || !isSet(strategy.rollingUpdate)) return;
        context.report({ resource, path: ['spec', 'updateStrategy', 'rollingUpdate'], messageId: 'invalid' });
      },
    };
  },
});
