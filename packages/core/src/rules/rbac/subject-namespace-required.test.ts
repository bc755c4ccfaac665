import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './subject-namespace-required.js';

const binding = (kind: string, subject: string, namespace = ''): string => `apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata:
  name: controller
${namespace}roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
${subject}
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'with a namespace',
      code: binding('ClusterRoleBinding', '  - kind: ServiceAccount\n    name: controller\n    namespace: kube-system'),
    },
    {
      name: 'a RoleBinding defaults it',
      code: binding('RoleBinding', '  - kind: ServiceAccount\n    name: controller', '  namespace: apps\n'),
    },
    {
      name: 'a User needs none',
      code: binding('ClusterRoleBinding', '  - kind: User\n    apiGroup: rbac.authorization.k8s.io\n    name: jane'),
    },
  ],
  invalid: [
    {
      name: 'ServiceAccount without a namespace',
      code: binding(
        'ClusterRoleBinding',
        '  - kind: User\n    name: jane\n  - kind: ServiceAccount\n    name: controller',
      ),
      errors: [{ path: 'subjects[1].namespace', line: 12, column: 5, messageId: 'required' }],
      output: null,
    },
    {
      name: 'an empty namespace',
      code: binding('ClusterRoleBinding', '  - {kind: ServiceAccount, name: controller, namespace: ""}'),
      errors: [{ path: 'subjects[0].namespace', line: 10, column: 46, messageId: 'required' }],
    },
  ],
});
