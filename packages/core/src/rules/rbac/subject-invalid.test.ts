import { runRuleTests } from '../../../test/support/rule-tester.js';
import { binding } from '../../../test/fixtures/rbac/manifests.js';
import rule from './subject-invalid.js';

const roleRef = 'apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view';

runRuleTests(rule, {
  valid: [
    {
      name: 'a ServiceAccount, a User and a Group, apiGroups left out',
      code: binding('RoleBinding', roleRef, [
        'kind: ServiceAccount, name: api',
        'kind: User, name: Alice@example.com',
        'kind: Group, name: "system:authenticated"',
      ]),
    },
    {
      name: 'a User with the RBAC apiGroup',
      code: binding('RoleBinding', roleRef, ['kind: User, apiGroup: rbac.authorization.k8s.io, name: alice']),
    },
  ],
  invalid: [
    {
      name: 'a kind in the wrong case',
      code: binding('RoleBinding', roleRef, ['kind: serviceaccount, name: api']),
      errors: [{ path: 'subjects[0].kind', line: 8, column: 6, messageId: 'kind' }],
      output: binding('RoleBinding', roleRef, ['kind: ServiceAccount, name: api']),
    },
    {
      name: 'a ServiceAccount with the RBAC apiGroup',
      code: binding('RoleBinding', roleRef, ['kind: ServiceAccount, apiGroup: rbac.authorization.k8s.io, name: api']),
      errors: [{ path: 'subjects[0].apiGroup', line: 8, column: 28, messageId: 'serviceAccountGroup' }],
      output: null,
    },
    {
      name: 'a Group with the core group',
      code: binding('ClusterRoleBinding', roleRef, ['kind: Group, apiGroup: v1, name: admins']),
      errors: [{ path: 'subjects[0].apiGroup', line: 7, column: 19, messageId: 'userGroup' }],
    },
    {
      name: 'a ServiceAccount name in capitals',
      code: binding('RoleBinding', roleRef, ['kind: ServiceAccount, name: API']),
      errors: [{ path: 'subjects[0].name', line: 8, column: 28, messageId: 'serviceAccountName' }],
    },
  ],
});
