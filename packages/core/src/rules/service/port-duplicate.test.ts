import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './port-duplicate.js';

const service = (ports: string): string =>
  manifests.service(`selector: {app: web}\nports:\n${manifests.indent(ports, 2)}`);

runRuleTests(rule, {
  valid: [
    {
      name: 'port 53 over TCP and UDP',
      code: service('- {name: dns, port: 53, protocol: UDP}\n- {name: dns-tcp, port: 53, protocol: TCP}'),
    },
    { name: 'different ports', code: service('- {name: http, port: 80}\n- {name: metrics, port: 9090}') },
  ],
  invalid: [
    {
      name: 'port 80 twice, TCP by default',
      code: service(
        '- {name: http, port: 80, targetPort: 8080}\n- {name: metrics, port: 80, protocol: TCP, targetPort: 9090}',
      ),
      errors: [{ path: 'spec.ports[1]', line: 9, column: 7, messageId: 'duplicate' }],
      output: null,
    },
  ],
});
