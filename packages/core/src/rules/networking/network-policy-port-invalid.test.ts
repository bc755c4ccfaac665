import { networkPolicy } from '../../../test/fixtures/networking/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './network-policy-port-invalid.js';

/** One ingress rule with one port of these fields (the entry at line 9, column 11). */
const policy = (port: string): string => networkPolicy(`podSelector: {}\ningress:\n  - ports:\n      - ${port}`);

runRuleTests(rule, {
  valid: [
    { name: 'a port number', code: policy('{port: 5432}') },
    { name: 'a named port', code: policy('{port: postgres}') },
    { name: 'a range', code: policy('{port: 32000, endPort: 32768}') },
    { name: 'all ports of a protocol', code: policy('{protocol: UDP}') },
  ],
  invalid: [
    {
      name: 'a port out of range',
      code: policy('{port: 65536}'),
      errors: [{ path: 'spec.ingress[0].ports[0].port', line: 9, column: 12, messageId: 'portNumber' }],
      output: null,
    },
    {
      name: 'a port name with a percent sign',
      code: policy('{port: "25%"}'),
      errors: [{ path: 'spec.ingress[0].ports[0].port', line: 9, column: 12, messageId: 'portName' }],
    },
    {
      name: 'a range that ends before it starts',
      code: policy('{port: 8080, endPort: 80}'),
      errors: [{ path: 'spec.ingress[0].ports[0].endPort', line: 9, column: 24, messageId: 'endPortBelow' }],
    },
    {
      name: 'a range from a named port',
      code: policy('{port: http, endPort: 8090}'),
      errors: [{ path: 'spec.ingress[0].ports[0].endPort', line: 9, column: 24, messageId: 'endPortNamed' }],
    },
    {
      name: 'endPort alone',
      code: policy('{endPort: 8090}'),
      errors: [{ path: 'spec.ingress[0].ports[0].endPort', line: 9, column: 12, messageId: 'endPortAlone' }],
    },
  ],
});
