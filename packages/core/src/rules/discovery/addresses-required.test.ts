import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './addresses-required.js';

const endpoints = (subset: string): string => `apiVersion: v1
kind: Endpoints
metadata:
  name: web
subsets:
  - ${subset}
`;

const slice = (endpoint: string): string => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: web-abc
  labels: {kubernetes.io/service-name: web}
addressType: IPv4
endpoints:
  - ${endpoint}
`;

runRuleTests(rule, {
  valid: [
    { name: 'not-ready addresses only', code: endpoints('notReadyAddresses: [{ip: 10.244.1.7}]') },
    { name: 'no subsets at all', code: 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\n' },
    { name: 'an endpoint with an address', code: slice('addresses: [10.244.1.7]') },
  ],
  invalid: [
    {
      name: 'a subset with only ports',
      code: endpoints('ports: [{port: 8080}]'),
      errors: [{ path: 'subsets[0]', line: 6, column: 5, messageId: 'subset' }],
      output: null,
    },
    {
      name: 'an endpoint without addresses',
      code: slice('addresses: []\n    nodeName: node-1'),
      errors: [{ path: 'endpoints[0].addresses', line: 8, column: 5, messageId: 'endpoint' }],
    },
  ],
});
