import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './aggregation-rule-empty.js';

const clusterRole = (aggregationRule: string): string => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: monitoring
aggregationRule: ${aggregationRule}
rules: []
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'one selector',
      code: clusterRole('{clusterRoleSelectors: [{matchLabels: {rbac.example.com/aggregate-to-monitoring: "true"}}]}'),
    },
  ],
  invalid: [
    {
      name: 'an aggregation rule without selectors',
      code: clusterRole('{}'),
      errors: [{ path: 'aggregationRule.clusterRoleSelectors', line: 5, column: 1, messageId: 'empty' }],
      output: null,
    },
  ],
});
