import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './host-users-with-host-namespaces.js';

const pod = (fields: string): string => manifests.pod(manifests.blocks(fields, manifests.webContainer()));

runRuleTests(rule, {
  valid: [
    { name: 'a user namespace alone', code: pod('hostUsers: false') },
    {
      name: 'host namespaces without a user namespace',
      code: pod('hostUsers: true\nhostNetwork: true\nhostPID: true'),
    },
  ],
  invalid: [
    {
      name: 'hostNetwork with hostUsers false',
      code: pod('hostUsers: false\nhostNetwork: true'),
      errors: [{ path: 'spec.hostNetwork', line: 7, column: 3, messageId: 'namespace' }],
      output: null,
    },
    {
      name: 'hostPID is reported at HostPID',
      code: pod('hostUsers: false\nhostPID: true'),
      errors: [{ path: 'spec.HostPID', line: 5, column: 1, messageId: 'namespace' }],
    },
  ],
});
