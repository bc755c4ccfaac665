import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './host-ports.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'a container port only',
      code: podIn('baseline', manifests.webContainer('ports: [{containerPort: 8080}]')),
    },
  ],
  invalid: [
    {
      name: 'a host port',
      code: podIn('baseline', manifests.webContainer('ports:\n  - containerPort: 8080\n    hostPort: 8080')),
      errors: [
        { path: 'spec.containers[0].ports[0].hostPort', line: 19, column: 11, messageId: 'pod', oracleField: '' },
      ],
      output: null,
    },
    {
      name: 'hostNetwork sets the host port (another rule reports hostNetwork itself)',
      code: podIn('privileged', '')
        .replace('privileged', 'baseline')
        .replace(
          'spec:\n',
          `spec:\n  hostNetwork: true\n${manifests.indent(manifests.webContainer('ports: [{containerPort: 8080}]'), 2)}\n`,
        ),
      errors: [
        {
          path: 'spec.containers[0].ports[0].containerPort',
          line: 18,
          column: 16,
          messageId: 'pod',
          message: 'set by hostNetwork',
          oracleField: '',
        },
      ],
    },
  ],
});
