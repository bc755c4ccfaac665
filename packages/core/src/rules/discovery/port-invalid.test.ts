import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './port-invalid.js';

/** Endpoints `web` with these ports (from line 8, column 7). */
const endpoints = (ports: string): string => `apiVersion: v1
kind: Endpoints
metadata:
  name: web
subsets:
  - addresses: [{ip: 10.244.1.7}]
    ports:
${ports.replace(/^/gm, '      ')}
`;

/** An EndpointSlice with these ports (from line 9, column 3). */
const slice = (ports: string): string => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: web-abc
  labels: {kubernetes.io/service-name: web}
addressType: IPv4
endpoints: [{addresses: [10.244.1.7]}]
ports:
${ports.replace(/^/gm, '  ')}
`;

runRuleTests(rule, {
  valid: [
    { name: 'one unnamed Endpoints port', code: endpoints('- port: 8080') },
    {
      name: 'named Endpoints ports',
      code: endpoints('- {name: http, port: 8080, appProtocol: kubernetes.io/h2c}\n- {name: metrics, port: 9090}'),
    },
    { name: 'one unnamed slice port and a named one', code: slice('- {port: 8080}\n- {name: metrics, port: 9090}') },
  ],
  invalid: [
    {
      name: 'an Endpoints port name with an underscore',
      code: endpoints('- {name: http_web, port: 8080}'),
      errors: [{ path: 'subsets[0].ports[0].name', line: 8, column: 10, messageId: 'name' }],
      output: null,
    },
    {
      name: 'two Endpoints ports, one unnamed',
      code: endpoints('- {port: 8080}\n- {name: metrics, port: 9090}'),
      errors: [{ path: 'subsets[0].ports[0].name', line: 8, column: 9, messageId: 'nameRequired' }],
    },
    {
      name: 'an Endpoints port out of range',
      code: endpoints('- {port: 65536}'),
      errors: [{ path: 'subsets[0].ports[0].port', line: 8, column: 10, messageId: 'port' }],
    },
    {
      name: 'two slice ports of one name',
      code: slice('- {name: http, port: 8080}\n- {name: http, port: 8081}'),
      errors: [{ path: 'ports[1].name', line: 10, column: 6, messageId: 'duplicate' }],
    },
    {
      name: 'a slice appProtocol with a space',
      code: slice('- {name: http, port: 8080, appProtocol: with space}'),
      errors: [{ path: 'ports[0].appProtocol', line: 9, column: 30, messageId: 'appProtocol' }],
    },
  ],
});
