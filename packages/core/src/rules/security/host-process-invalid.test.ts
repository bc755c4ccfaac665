import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './host-process-invalid.js';

const pod = (fields: string, container = ''): string =>
  manifests.pod(manifests.blocks(fields, manifests.webContainer(container)));

runRuleTests(rule, {
  valid: [
    {
      name: 'a HostProcess pod with hostNetwork',
      code: pod('hostNetwork: true\nsecurityContext:\n  windowsOptions: {hostProcess: true}'),
    },
    {
      name: 'the container agrees with the pod',
      code: pod(
        'hostNetwork: true\nsecurityContext:\n  windowsOptions: {hostProcess: true}',
        'securityContext:\n  windowsOptions: {hostProcess: true}',
      ),
    },
    { name: 'hostProcess false everywhere', code: pod('securityContext:\n  windowsOptions: {hostProcess: false}') },
  ],
  invalid: [
    {
      name: 'a HostProcess container without hostNetwork',
      code: pod('', 'securityContext:\n  windowsOptions: {hostProcess: true}'),
      errors: [{ path: 'spec.hostNetwork', line: 5, column: 1, messageId: 'hostNetwork' }],
      output: null,
    },
    {
      name: 'a container that disagrees with the pod',
      code: pod(
        'hostNetwork: true\nsecurityContext:\n  windowsOptions: {hostProcess: true}',
        'securityContext:\n  windowsOptions: {hostProcess: false}',
      ),
      errors: [
        {
          path: 'spec.containers[0].securityContext.windowsOptions.hostProcess',
          line: 13,
          column: 26,
          messageId: 'mismatch',
        },
      ],
    },
    {
      name: 'one HostProcess container beside a plain one',
      code: manifests.pod(
        'hostNetwork: true\ncontainers:\n  - name: web\n    image: nginx:1.27\n    securityContext:\n      windowsOptions: {hostProcess: true}\n  - name: sidecar\n    image: busybox:1.36',
      ),
      errors: [{ path: 'spec', line: 5, column: 1, messageId: 'notAll' }],
    },
  ],
});
