import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './host-path-volumes.js';

const containers = manifests.webContainer();

runRuleTests(rule, {
  valid: [
    { name: 'an emptyDir', code: podIn('baseline', `${containers}\nvolumes:\n  - name: logs\n    emptyDir: {}`) },
  ],
  invalid: [
    {
      name: 'a hostPath volume',
      code: podIn('baseline', `${containers}\nvolumes:\n  - name: logs\n    hostPath: {path: /var/log}`),
      errors: [{ path: 'spec.volumes[0].hostPath', line: 19, column: 7, messageId: 'pod', oracleField: '' }],
      output: null,
    },
  ],
});
