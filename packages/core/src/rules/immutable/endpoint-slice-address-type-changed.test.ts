import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './endpoint-slice-address-type-changed.js';

/** EndpointSlice `api-abc12`: `addressType:` at line 7. */
const slice = (addressType: string, address: string): string => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: api-abc12
  labels:
    kubernetes.io/service-name: api
addressType: ${addressType}
endpoints:
  - addresses: ["${address}"]
ports:
  - name: http
    port: 8080
    protocol: TCP
`;

runRuleTests(rule, {
  valid: [{ name: 'an endpoint address changes', old: slice('IPv4', '10.1.2.3'), code: slice('IPv4', '10.1.2.4') }],
  invalid: [
    {
      name: 'the address type changes',
      old: slice('IPv4', '10.1.2.3'),
      code: slice('IPv6', 'fd00::1'),
      errors: [{ path: 'addressType', line: 7, column: 1, message: '"IPv4" → "IPv6"' }],
    },
  ],
});
