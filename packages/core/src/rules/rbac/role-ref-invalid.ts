import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { caseFix } from '../../model/fixes.js';
import { asObject, quoteList } from '../../model/values.js';
import { pathSegmentNameErrors } from '../../schema/names.js';

const RBAC = 'k8s.io/kubernetes/pkg/apis/rbac/validation';
const RBAC_GROUP = 'rbac.authorization.k8s.io';

export default defineRule({
  meta: {
    id: 'rbac/role-ref-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['RoleBinding', 'ClusterRoleBinding'],
    description:
      'A binding’s roleRef names apiGroup rbac.authorization.k8s.io, kind Role or ClusterRole (a ClusterRoleBinding only ClusterRole), and a path-segment name.',
    fixable: true,
    sources: [
      { package: RBAC, function: 'ValidateRoleBinding' },
      { package: RBAC, function: 'ValidateClusterRoleBinding' },
    ],
    messages: {
      apiGroup:
        'roleRef apiGroup "{{value}}" is not rbac.authorization.k8s.io, the only group whose roles a binding can grant, so the API server refuses the binding',
      kind: 'roleRef kind "{{value}}" is not {{allowed}}, so the API server refuses the binding{{why}}',
      name: 'roleRef name "{{value}}" contains "/" or "%" (or is "." or ".."), which no role name can, so the API server refuses the binding',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, RBAC_GROUP, ['RoleBinding', 'ClusterRoleBinding'])) return;
        const roleRef = asObject(resource.object.roleRef);
        if (!roleRef) return;
        const apiGroup = roleRef.apiGroup;
        // An empty apiGroup is defaulted to the RBAC group.
        if (typeof apiGroup === 'string' && apiGroup !== '' && apiGroup !== RBAC_GROUP)
          context.report({ resource, path: ['roleRef', 'apiGroup'], messageId: 'apiGroup', data: { value: apiGroup } });
        const allowed = resource.kind === 'RoleBinding' ? ['Role', 'ClusterRole'] : ['ClusterRole'];
        const kind = roleRef.kind;
        if (typeof kind === 'string' && kind !== '' && !allowed.includes(kind)) {
          const path = ['roleRef', 'kind'];
          const fixed = caseFix(kind, allowed, path, 'the roleRef kind');
          context.report({
            resource,
            path,
            messageId: 'kind',
            data: {
              value: kind,
              allowed: quoteList(allowed),
              why:
                kind === 'Role'
                  ? ' (a ClusterRoleBinding grants cluster-wide, so it cannot name a namespaced Role)'
                  : '',
            },
            ...(fixed ? { fix: fixed.fix } : {}),
          });
        }
        const name = roleRef.name;
        if (typeof name === 'string' && name !== '' && pathSegmentNameErrors(name).length > 0)
          context.report({ resource, path: ['roleRef', 'name'], messageId: 'name', data: { value: name } });
      },
    };
  },
});
