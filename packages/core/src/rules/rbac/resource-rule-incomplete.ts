import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { asArray, objectEntries } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'rbac/resource-rule-incomplete',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Role', 'ClusterRole'],
    description: 'A Role or ClusterRole rule without nonResourceURLs must list apiGroups and resources.',
    fixable: false,
    source: 'ValidatePolicyRule (pkg/apis/rbac/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/rbac/validation',
        function: 'ValidatePolicyRule',
        type: 'Required',
        field: 'apiGroups',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/rbac/validation',
        function: 'ValidatePolicyRule',
        type: 'Required',
        field: 'resources',
      },
    ],
    messages: {
      apiGroups:
        'this rule lists no apiGroups, so it grants nothing and the API server refuses it; add the groups of its resources (the core group is "": apiGroups: [""])',
      resources:
        'this rule lists no resources, so it grants nothing and the API server refuses it; add the resources (e.g. resources: [pods]) or use nonResourceURLs in a ClusterRole',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'rbac.authorization.k8s.io', ['Role', 'ClusterRole'])) return;
        for (const [index, rule] of objectEntries(resource.object.rules)) {
          if (asArray(rule.nonResourceURLs).length > 0) continue;
          for (const field of ['apiGroups', 'resources'] as const) {
            const value = rule[field];
            if (value !== undefined && value !== null && !Array.isArray(value)) continue;
            if (asArray(value).length === 0)
              context.report({ resource, path: ['rules', index, field], messageId: field });
          }
        }
      },
    };
  },
});
