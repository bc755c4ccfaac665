import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './ephemeral-containers-forbidden.js';

const debug = 'ephemeralContainers:\n  - name: debug\n    image: busybox:1.36';

runRuleTests(rule, {
  valid: [
    { name: 'no ephemeral containers', code: manifests.pod(manifests.webContainer()) },
    {
      name: 'an empty list',
      code: manifests.pod(manifests.blocks(manifests.webContainer(), 'ephemeralContainers: []')),
    },
  ],
  invalid: [
    {
      name: 'a Pod created with an ephemeral container',
      code: manifests.pod(manifests.blocks(manifests.webContainer(), debug)),
      errors: [{ path: 'spec.ephemeralContainers', line: 9, column: 3, messageId: 'pod' }],
      output: null,
    },
    {
      name: 'a Deployment template',
      code: manifests.deployment(manifests.blocks(manifests.webContainer(), debug)),
      errors: [{ path: 'spec.template.spec.ephemeralContainers', line: 15, column: 7, messageId: 'template' }],
    },
  ],
});
