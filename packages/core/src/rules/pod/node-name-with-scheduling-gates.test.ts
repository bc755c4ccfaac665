import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './node-name-with-scheduling-gates.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'gates without a node name',
      code: manifests.pod(manifests.blocks('schedulingGates:\n  - name: example.com/quota', manifests.webContainer())),
    },
    {
      name: 'a node name without gates',
      code: manifests.pod(manifests.blocks('nodeName: worker-1', manifests.webContainer())),
    },
    {
      name: 'a Deployment template is not a Pod create',
      code: manifests.deployment(
        manifests.blocks('nodeName: worker-1\nschedulingGates:\n  - name: example.com/quota', manifests.webContainer()),
      ),
    },
  ],
  invalid: [
    {
      name: 'both on a Pod',
      code: manifests.pod(
        manifests.blocks('nodeName: worker-1\nschedulingGates:\n  - name: example.com/quota', manifests.webContainer()),
      ),
      errors: [{ path: 'spec.nodeName', line: 6, column: 3, messageId: 'both' }],
      output: null,
    },
  ],
});
