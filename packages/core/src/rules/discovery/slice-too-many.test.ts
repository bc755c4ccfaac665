import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './slice-too-many.js';

const slice = (hints: number): string => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: web-abc
  labels: {kubernetes.io/service-name: web}
addressType: IPv4
endpoints:
  - addresses: [10.244.1.7]
    hints:
      forZones: [${Array.from({ length: hints }, (_, i) => `{name: zone-${i}}`).join(', ')}]
`;

runRuleTests(rule, {
  valid: [{ name: 'eight zone hints', code: slice(8) }],
  invalid: [
    {
      name: 'nine zone hints',
      code: slice(9),
      errors: [{ path: 'endpoints[0].hints.forZones', line: 10, column: 7, messageId: 'tooMany' }],
      output: null,
    },
  ],
});
