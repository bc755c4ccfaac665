import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './port-name-required.js';

const service = (ports: string): string =>
  manifests.service(`selector: {app: web}\nports:\n${manifests.indent(ports, 2)}`);

runRuleTests(rule, {
  valid: [
    { name: 'one unnamed port', code: service('- port: 80') },
    { name: 'two named ports', code: service('- {name: http, port: 80}\n- {name: https, port: 443}') },
  ],
  invalid: [
    {
      name: 'two unnamed ports',
      code: service('- port: 80\n- port: 443'),
      errors: [
        { path: 'spec.ports[0].name', line: 8, column: 7, messageId: 'required', message: '"http"' },
        { path: 'spec.ports[1].name', line: 9, column: 7, messageId: 'required', message: '"https"' },
      ],
      output: null,
    },
    {
      name: 'one named, one with an empty name',
      code: service('- {name: http, port: 80}\n- {name: "", port: 9090}'),
      errors: [{ path: 'spec.ports[1].name', line: 9, column: 8, messageId: 'required', message: '"port-9090"' }],
    },
  ],
});
