import { runRuleTests } from '../../../test/support/rule-tester.js';
import { binding } from '../../../test/fixtures/rbac/manifests.js';
import rule from './role-ref-invalid.js';

const users = ['kind: User, name: alice'];

runRuleTests(rule, {
  valid: [
    {
      name: 'a RoleBinding of a namespaced Role',
      code: binding('RoleBinding', 'apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader', users),
    },
    {
      name: 'the apiGroup left out (defaulted)',
      code: binding('ClusterRoleBinding', 'kind: ClusterRole, name: view', users),
    },
  ],
  invalid: [
    {
      name: 'a ClusterRoleBinding of a Role',
      code: binding('ClusterRoleBinding', 'apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader', users),
      errors: [{ path: 'roleRef.kind', line: 5, column: 48, messageId: 'kind' }],
      output: null,
    },
    {
      name: 'a kind in the wrong case',
      code: binding('RoleBinding', 'apiGroup: rbac.authorization.k8s.io, kind: clusterrole, name: view', users),
      errors: [{ path: 'roleRef.kind', line: 6, column: 48, messageId: 'kind' }],
      output: binding('RoleBinding', 'apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view', users),
    },
    {
      name: 'the core group',
      code: binding('RoleBinding', 'apiGroup: v1, kind: Role, name: reader', users),
      errors: [{ path: 'roleRef.apiGroup', line: 6, column: 11, messageId: 'apiGroup' }],
    },
    {
      name: 'a "/" in the role name',
      code: binding('ClusterRoleBinding', 'kind: ClusterRole, name: team/view', users),
      errors: [{ path: 'roleRef.name', line: 5, column: 30, messageId: 'name' }],
    },
  ],
});
