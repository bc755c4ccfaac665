import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { objectEntries } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'rbac/subject-namespace-required',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ClusterRoleBinding'],
    description: 'A ServiceAccount subject of a ClusterRoleBinding must name its namespace.',
    fixable: false,
    source: 'ValidateRoleBindingSubject (pkg/apis/rbac/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/rbac/validation',
        function: 'ValidateRoleBindingSubject',
        type: 'Required',
        field: 'namespace',
      },
    ],
    messages: {
      required:
        'ServiceAccount subject "{{name}}" has no namespace; a ClusterRoleBinding has no namespace to default it from, so the API server refuses the binding: add the namespace the ServiceAccount lives in',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'rbac.authorization.k8s.io', ['ClusterRoleBinding'])) return;
        for (const [index, subject] of objectEntries(resource.object.subjects)) {
          if (subject.kind !== 'ServiceAccount') continue;
          if (typeof subject.namespace === 'string' && subject.namespace !== '') continue;
          if (subject.namespace !== undefined && subject.namespace !== null && typeof subject.namespace !== 'string')
            continue;
          context.report({
            resource,
            path: ['subjects', index, 'namespace'],
            messageId: 'required',
            data: { name: typeof subject.name === 'string' ? subject.name : '' },
          });
        }
      },
    };
  },
});
