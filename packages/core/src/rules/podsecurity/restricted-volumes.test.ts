import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn, restrictedContainer } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './restricted-volumes.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'a ConfigMap volume',
      code: podIn('restricted', `${restrictedContainer()}\nvolumes:\n  - name: config\n    configMap: {name: web}`),
    },
  ],
  invalid: [
    {
      name: 'an NFS volume',
      code: podIn(
        'restricted',
        `${restrictedContainer()}\nvolumes:\n  - name: share\n    nfs: {server: nfs.example.com, path: /exports}`,
      ),
      errors: [{ path: 'spec.volumes[0].nfs', line: 24, column: 7, messageId: 'pod', oracleField: '' }],
      output: null,
    },
  ],
});
