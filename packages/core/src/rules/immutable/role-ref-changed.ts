import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/role-ref-changed',
    description: 'The roleRef of a RoleBinding or ClusterRoleBinding may not change.',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/validation', function: 'ValidateRoleBindingUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/validation', function: 'ValidateClusterRoleBindingUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/v1', function: 'Validate_RoleBinding', field: 'roleRef' },
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/v1', function: 'Validate_ClusterRoleBinding', field: 'roleRef' },
    ],
  },
  kinds: [
    { kind: 'RoleBinding', groups: ['rbac.authorization.k8s.io'] },
    { kind: 'ClusterRoleBinding', groups: ['rbac.authorization.k8s.io'] },
  ],
  fields: [{ path: ['roleRef'], complaint: 'field is immutable' }],
  wayOut: () =>
    'create a binding with a new name for the new role and then delete the old one, or delete and re-create it (`kubectl replace --force -f <file>`, leaving a short window without the permission)',
});
