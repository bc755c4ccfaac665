import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { asArray, objectEntries } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'rbac/non-resource-urls-misplaced',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Role', 'ClusterRole'],
    description:
      'nonResourceURLs are only allowed in ClusterRole rules that name no apiGroups, resources or resourceNames.',
    fixable: false,
    source: 'ValidatePolicyRule (pkg/apis/rbac/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/rbac/validation',
        function: 'ValidatePolicyRule',
        type: 'Invalid',
        field: 'nonResourceURLs',
      },
    ],
    messages: {
      namespaced:
        'a Role is namespaced, and non-resource URLs such as "{{url}}" belong to no namespace, so the API server refuses the rule; grant them in a ClusterRole instead',
      mixed:
        'this rule grants both resources and non-resource URLs, which the API server refuses; split it into one rule for the resources and one (in a ClusterRole) for the URLs',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'rbac.authorization.k8s.io', ['Role', 'ClusterRole'])) return;
        for (const [index, rule] of objectEntries(resource.object.rules)) {
          const urls = asArray(rule.nonResourceURLs);
          if (urls.length === 0) continue;
          const path = ['rules', index, 'nonResourceURLs'];
          if (resource.kind === 'Role')
            context.report({ resource, path, messageId: 'namespaced', data: { url: String(urls[0]) } });
          else if (['apiGroups', 'resources', 'resourceNames'].some((field) => asArray(rule[field]).length > 0))
            context.report({ resource, path, messageId: 'mixed' });
        }
      },
    };
  },
});
