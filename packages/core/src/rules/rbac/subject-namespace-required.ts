import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { objectEntries } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'rbac/subject-namespace-required',
    severity: 'error',
    origin: 'api-error',
    description: 'A ServiceAccount subject of a ClusterRoleBinding must name its namespace.',
    help: [
      'A ServiceAccount lives in a namespace. In a RoleBinding a subject without `namespace` means the binding\'s own namespace, but a ClusterRoleBinding has none, so the API server refuses a ServiceAccount subject without one (`subjects[0].namespace: Required value`). Kustomize fills it in only when the namespace transformer runs; rendered on its own, the manifest is refused.',
      '',
      'Bad:',
      '```yaml',
      'kind: ClusterRoleBinding',
      'subjects:',
      '  - kind: ServiceAccount',
      '    name: controller',
      '```',
      'Good:',
      '```yaml',
      'kind: ClusterRoleBinding',
      'subjects:',
      '  - kind: ServiceAccount',
      '    name: controller',
      '    namespace: kube-system',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'ValidateRoleBindingSubject (pkg/apis/rbac/validation)',
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/rbac/validation', function: 'ValidateRoleBindingSubject', type: 'Required', field: 'namespace' }],
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
          if (subject.namespace !== undefined && subject.namespace !== null && typeof subject.namespace !== 'string') continue;
          context.report({ resource, path: ['subjects', index, 'namespace'], messageId: 'required', data: { name: typeof subject.name === 'string' ? subject.name : '' } });
        }
      },
    };
  },
});
