import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { asArray, asObject } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'rbac/aggregation-rule-empty',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ClusterRole'],
    description: 'A ClusterRole aggregationRule needs at least one clusterRoleSelector.',
    fixable: false,
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/rbac/validation',
        function: 'ValidateClusterRole',
        type: 'Required',
      },
    ],
    messages: {
      empty:
        'aggregationRule has no clusterRoleSelectors, so it would aggregate nothing and the API server refuses the ClusterRole; add a selector or remove aggregationRule',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'rbac.authorization.k8s.io', ['ClusterRole'])) return;
        const rule = asObject(resource.object.aggregationRule);
        if (!rule || asArray(rule.clusterRoleSelectors).length > 0) return;
        context.report({ resource, path: ['aggregationRule', 'clusterRoleSelectors'], messageId: 'empty' });
      },
    };
  },
});
