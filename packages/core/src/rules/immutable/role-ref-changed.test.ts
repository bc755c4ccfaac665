import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './role-ref-changed.js';

/** RoleBinding (or ClusterRoleBinding) `app-view`: `roleRef:` at line 5 (its name at line 8, column 9 after `name: `). */
const binding = (
  role: string,
  subject = 'app',
  kind = 'RoleBinding',
): string => `apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata:
  name: app-view
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: ${role}
subjects:
  - kind: ServiceAccount
    name: ${subject}
    namespace: default
`;

runRuleTests(rule, {
  valid: [
    { name: 'subjects change', old: binding('view'), code: binding('view', 'worker') },
    {
      name: 'roleRef.apiGroup left out: defaulted to rbac.authorization.k8s.io',
      old: binding('view'),
      code: binding('view').replace('  apiGroup: rbac.authorization.k8s.io\n', ''),
    },
    {
      name: 'a ClusterRoleBinding keeps its role',
      old: binding('view', 'app', 'ClusterRoleBinding'),
      code: binding('view', 'worker', 'ClusterRoleBinding'),
    },
  ],
  invalid: [
    {
      name: 'a RoleBinding points at another role (the server reports roleRef)',
      old: binding('view'),
      code: binding('edit'),
      errors: [
        {
          path: 'roleRef.name',
          line: 8,
          column: 3,
          message: 'roleRef.name changes "view" → "edit"',
          oracleField: 'roleRef',
        },
      ],
    },
    {
      name: 'a ClusterRoleBinding points at another role (the server reports roleRef)',
      old: binding('view', 'app', 'ClusterRoleBinding'),
      code: binding('admin', 'app', 'ClusterRoleBinding'),
      errors: [
        {
          path: 'roleRef.name',
          line: 8,
          column: 3,
          message: 'create a binding with a new name',
          oracleField: 'roleRef',
        },
      ],
    },
  ],
});
