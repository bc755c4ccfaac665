import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './managed-by-invalid.js';

const pod = `restartPolicy: Never\n${manifests.webContainer()}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'a domain-prefixed controller',
      code: manifests.job(pod, { fields: 'managedBy: kueue.x-k8s.io/multikueue' }),
    },
  ],
  invalid: [
    {
      name: 'no domain',
      code: manifests.job(pod, { fields: 'managedBy: my-controller' }),
      errors: [{ path: 'spec.managedBy', line: 6, column: 3, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'an upper-case domain',
      code: manifests.job(pod, { fields: 'managedBy: Example.com/controller' }),
      errors: [{ path: 'spec.managedBy', line: 6, column: 3, messageId: 'invalid' }],
    },
  ],
});
