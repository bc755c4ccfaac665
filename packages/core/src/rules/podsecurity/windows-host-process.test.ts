import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './windows-host-process.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'hostProcess false',
      code: podIn('baseline', `securityContext:\n  windowsOptions: {hostProcess: false}\n${manifests.webContainer()}`),
    },
  ],
  invalid: [
    {
      name: 'a HostProcess pod',
      code: podIn(
        'baseline',
        `hostNetwork: true\nsecurityContext:\n  windowsOptions: {hostProcess: true}\n${manifests.webContainer()}`,
      ),
      errors: [
        {
          path: 'spec.securityContext.windowsOptions.hostProcess',
          line: 16,
          column: 22,
          messageId: 'pod',
          oracleField: '',
        },
      ],
      output: null,
    },
  ],
});
