import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './endpoint-name-invalid.js';

/** Endpoints `web` with one address of these fields (from line 8, column 9). */
const endpoints = (fields: string): string => `apiVersion: v1
kind: Endpoints
metadata:
  name: web
subsets:
  - addresses:
      - ip: 10.244.1.7
${fields.replace(/^/gm, '        ')}
`;

/** An EndpointSlice with one endpoint of these fields (from line 9, column 5). */
const slice = (fields: string): string => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: web-abc
  labels: {kubernetes.io/service-name: web}
addressType: IPv4
endpoints:
  - addresses: [10.244.1.7]
${fields.replace(/^/gm, '    ')}
`;

runRuleTests(rule, {
  valid: [
    { name: 'hostname and node', code: endpoints('hostname: web-0\nnodeName: node-1.example.com') },
    { name: 'an empty hostname is unset in an Endpoints address', code: endpoints('hostname: ""') },
    {
      name: 'slice hints',
      code: slice(
        'hostname: web-0\nnodeName: node-1\nhints:\n  forZones: [{name: us-east-1a}]\n  forNodes: [{name: node-1}]',
      ),
    },
  ],
  invalid: [
    {
      name: 'a hostname with a dot',
      code: endpoints('hostname: web.0'),
      errors: [{ path: 'subsets[0].addresses[0].hostname', line: 8, column: 9, messageId: 'hostname' }],
      output: null,
    },
    {
      name: 'an upper-case node name',
      code: endpoints('nodeName: Node_1'),
      errors: [{ path: 'subsets[0].addresses[0].nodeName', line: 8, column: 9, messageId: 'nodeName' }],
    },
    {
      name: 'a slice hostname with a trailing dash',
      code: slice('hostname: web-'),
      errors: [{ path: 'endpoints[0].hostname', line: 9, column: 5, messageId: 'hostname' }],
    },
    {
      name: 'a node hint that is not a node name',
      code: slice('hints:\n  forNodes: [{name: Node_1}]'),
      errors: [{ path: 'endpoints[0].hints.forNodes[0].name', line: 10, column: 19, messageId: 'node' }],
    },
    {
      name: 'a zone hint twice',
      code: slice('hints:\n  forZones: [{name: us-east-1a}, {name: us-east-1a}]'),
      errors: [{ path: 'endpoints[0].hints.forZones[1].name', line: 10, column: 39, messageId: 'duplicate' }],
    },
  ],
});
