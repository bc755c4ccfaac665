import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './port-name-duplicate.js';

const service = (ports: string): string =>
  manifests.service(`selector: {app: web}\nports:\n${manifests.indent(ports, 2)}`);

runRuleTests(rule, {
  valid: [{ name: 'distinct names', code: service('- {name: http, port: 80}\n- {name: http-alt, port: 8080}') }],
  invalid: [
    {
      name: 'the same name twice',
      code: service('- name: http\n  port: 80\n- name: http\n  port: 8080'),
      errors: [{ path: 'spec.ports[1].name', line: 10, column: 7, messageId: 'duplicate' }],
      output: null,
    },
  ],
});
