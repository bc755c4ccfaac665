import { immutableFieldsRule } from './fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/role-ref-changed',
    description: 'The roleRef of a RoleBinding or ClusterRoleBinding may not change.',
    help: [
      'A binding grants exactly one role for its whole life: the API server refuses any change to `roleRef` (its apiGroup, kind or name; `roleRef: field is immutable`, older releases say `cannot change roleRef`). `subjects` may change freely.',
      '',
      'Delete the binding and create it again (`kubectl replace --force -f binding.yaml`; there is a short window without the permission), or create a second binding with a new name first and then delete the old one.',
      '',
      'Bad (old → new):',
      '```yaml',
      'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}   # → name: edit',
      '```',
      'Good (old → new):',
      '```yaml',
      'subjects: [{kind: ServiceAccount, name: app, namespace: shop}]   # → another subject added',
      '```',
    ].join('\n'),
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/validation', function: 'ValidateRoleBindingUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/validation', function: 'ValidateClusterRoleBindingUpdate' },
    ],
  },
  kinds: [
    { kind: 'RoleBinding', groups: ['rbac.authorization.k8s.io'] },
    { kind: 'ClusterRoleBinding', groups: ['rbac.authorization.k8s.io'] },
  ],
  fields: [{ path: ['roleRef'], complaint: 'field is immutable' }],
  wayOut: () => 'create a binding with a new name for the new role and then delete the old one, or delete and re-create it (`kubectl replace --force -f <file>`, leaving a short window without the permission)',
});
