import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './non-resource-urls-misplaced.js';

const role = (kind: string, rules: string): string => `apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata:
  name: metrics-reader
${kind === 'Role' ? '  namespace: monitoring\n' : ''}rules:
${rules}
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'URLs in a ClusterRole rule of their own',
      code: role(
        'ClusterRole',
        '  - nonResourceURLs: [/metrics]\n    verbs: [get]\n  - apiGroups: [""]\n    resources: [pods]\n    verbs: [get]',
      ),
    },
    {
      name: 'a Role with resources only',
      code: role('Role', '  - apiGroups: [""]\n    resources: [pods]\n    verbs: [get]'),
    },
  ],
  invalid: [
    {
      name: 'URLs in a Role',
      code: role('Role', '  - nonResourceURLs: [/healthz]\n    verbs: [get]'),
      errors: [{ path: 'rules[0].nonResourceURLs', line: 7, column: 5, messageId: 'namespaced' }],
      output: null,
    },
    {
      name: 'URLs and resources in one ClusterRole rule',
      code: role(
        'ClusterRole',
        '  - apiGroups: [""]\n    resources: [pods]\n    nonResourceURLs: [/metrics]\n    verbs: [get]',
      ),
      errors: [{ path: 'rules[0].nonResourceURLs', line: 8, column: 5, messageId: 'mixed' }],
    },
  ],
});
