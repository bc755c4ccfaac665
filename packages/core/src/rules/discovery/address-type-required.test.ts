import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './address-type-required.js';

const slice = (addressType: string): string => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: web-abc
  labels: {kubernetes.io/service-name: web}
${addressType}endpoints:
  - addresses: [10.244.1.7]
`;

runRuleTests(rule, {
  valid: [{ name: 'IPv4', code: slice('addressType: IPv4\n') }],
  invalid: [
    {
      name: 'no addressType',
      code: slice(''),
      errors: [{ path: 'addressType', line: 1, column: 1, messageId: 'required' }],
      output: null,
    },
    {
      name: 'an empty addressType',
      code: slice('addressType: ""\n'),
      errors: [{ path: 'addressType', line: 6, column: 1, messageId: 'required' }],
    },
  ],
});
