import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './resource-rule-incomplete.js';

const role = (rules: string): string => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: reader
rules:
${rules}
`;

runRuleTests(rule, {
  valid: [
    { name: 'the core group', code: role('  - apiGroups: [""]\n    resources: [configmaps]\n    verbs: [get]') },
    { name: 'a non-resource rule', code: role('  - nonResourceURLs: ["*"]\n    verbs: [get]') },
  ],
  invalid: [
    {
      name: 'no apiGroups',
      code: role('  - resources: [configmaps]\n    verbs: [get]'),
      errors: [{ path: 'rules[0].apiGroups', line: 6, column: 5, messageId: 'apiGroups' }],
      output: null,
    },
    {
      name: 'empty resources',
      code: role('  - apiGroups: [apps]\n    resources: []\n    verbs: [get]'),
      errors: [{ path: 'rules[0].resources', line: 7, column: 5, messageId: 'resources' }],
    },
  ],
});
