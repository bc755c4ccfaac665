import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './name-duplicate-across-lists.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'distinct names',
      code: manifests.pod(
        'initContainers:\n  - name: app-init\n    image: busybox:1.36\ncontainers:\n  - name: app\n    image: nginx:1.27',
      ),
    },
  ],
  invalid: [
    {
      name: 'an init container named like the app',
      code: manifests.pod(
        'initContainers:\n  - name: app\n    image: busybox:1.36\ncontainers:\n  - name: app\n    image: nginx:1.27',
      ),
      errors: [{ path: 'spec.initContainers[0].name', line: 7, column: 7, messageId: 'duplicate' }],
      output: null,
    },
    {
      name: 'a sidecar in a Deployment named like the app',
      code: manifests.deployment(
        'initContainers:\n  - name: web\n    image: envoyproxy/envoy:v1.31.0\n    restartPolicy: Always\ncontainers:\n  - name: web\n    image: nginx:1.27',
      ),
      errors: [{ path: 'spec.template.spec.initContainers[0].name', line: 13, column: 11, messageId: 'duplicate' }],
    },
  ],
});
