import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './proc-mount-unmasked-host-users.js';

const pod = (fields: string): string =>
  manifests.pod(manifests.blocks(fields, manifests.webContainer('securityContext:\n  procMount: Unmasked')));

runRuleTests(rule, {
  valid: [
    { name: 'in a user namespace', code: pod('hostUsers: false') },
    {
      name: 'the default proc mount',
      code: manifests.pod(manifests.webContainer('securityContext:\n  procMount: Default')),
    },
    {
      name: 'before 1.33 the API server resets the field',
      code: pod(''),
      kubernetesVersion: '1.32',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'sharing the node user namespace',
      code: pod(''),
      errors: [{ path: 'spec.containers[0].securityContext.procMount', line: 10, column: 9, messageId: 'hostUsers' }],
      output: null,
    },
    {
      name: 'hostUsers: true in a Deployment',
      code: manifests.deployment(
        manifests.blocks('hostUsers: true', manifests.webContainer('securityContext:\n  procMount: Unmasked')),
      ),
      errors: [
        {
          path: 'spec.template.spec.containers[0].securityContext.procMount',
          line: 17,
          column: 13,
          messageId: 'hostUsers',
        },
      ],
    },
  ],
});
