import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './ip-address-parent-ref-changed.js';

/** IPAddress `10.96.0.40` whose parentRef (line 6) names a Service. */
const ipAddress = (namespace: string, name: string): string => `apiVersion: networking.k8s.io/v1
kind: IPAddress
metadata:
  name: 10.96.0.40
spec:
  parentRef: {group: "", resource: services, namespace: ${namespace}, name: ${name}}
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'the same parent, with a label added',
      old: ipAddress('default', 'web'),
      code: ipAddress('default', 'web').replace('  name: 10.96.0.40\n', '  name: 10.96.0.40\n  labels: {team: a}\n'),
    },
  ],
  invalid: [
    {
      name: 'another Service',
      old: ipAddress('default', 'web'),
      code: ipAddress('default', 'api'),
      errors: [
        {
          path: 'spec.parentRef.name',
          line: 6,
          column: 66,
          message: 'field is immutable',
          oracleField: 'spec.parentRef',
        },
      ],
      output: null,
    },
  ],
});
