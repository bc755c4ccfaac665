import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './image-whitespace.js';

const pod = (image: string): string => manifests.pod(`containers:\n  - name: web\n    image: ${image}`);

runRuleTests(rule, {
  valid: [
    { name: 'a plain image (YAML trims plain scalars)', code: pod('nginx:1.27   ') },
    {
      name: 'a Deployment template is not checked (its pods are)',
      code: manifests.deployment('containers:\n  - name: web\n    image: " nginx:1.27"'),
    },
  ],
  invalid: [
    {
      name: 'a quoted image with a leading space',
      code: pod('" nginx:1.27"'),
      errors: [{ path: 'spec.containers[0].image', line: 8, column: 7, messageId: 'whitespace' }],
      output: pod('"nginx:1.27"'),
    },
    {
      name: 'an init container image with a trailing tab',
      code: manifests.pod(
        manifests.blocks('initContainers:\n  - name: setup\n    image: "busybox:1.36\\t"', manifests.webContainer()),
      ),
      errors: [{ path: 'spec.initContainers[0].image', line: 8, column: 7, messageId: 'whitespace' }],
      output: manifests.pod(
        manifests.blocks('initContainers:\n  - name: setup\n    image: "busybox:1.36"', manifests.webContainer()),
      ),
    },
  ],
});
