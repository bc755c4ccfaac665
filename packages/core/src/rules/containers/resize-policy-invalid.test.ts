import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './resize-policy-invalid.js';

const pod = (policies: string): string =>
  manifests.pod(manifests.webContainer(`resizePolicy:\n${manifests.indent(policies, 2)}`));

runRuleTests(rule, {
  valid: [
    {
      name: 'cpu and memory once each',
      code: pod(
        '- {resourceName: cpu, restartPolicy: NotRequired}\n- {resourceName: memory, restartPolicy: RestartContainer}',
      ),
    },
    {
      name: 'a sidecar may restart to resize',
      code: manifests.pod(
        'initContainers:\n  - name: proxy\n    image: envoyproxy/envoy:v1.31.0\n    restartPolicy: Always\n    resizePolicy:\n      - {resourceName: memory, restartPolicy: RestartContainer}\ncontainers:\n  - name: web\n    image: nginx:1.27',
      ),
    },
  ],
  invalid: [
    {
      name: 'an empty policy',
      code: pod('- {}'),
      errors: [
        { path: 'spec.containers[0].resizePolicy', line: 9, column: 7, messageId: 'required' },
        { path: 'spec.containers[0].resizePolicy', line: 9, column: 7, messageId: 'required' },
      ],
      output: null,
    },
    {
      name: 'no restartPolicy',
      code: pod('- {resourceName: cpu}'),
      errors: [{ path: 'spec.containers[0].resizePolicy', line: 9, column: 7, messageId: 'required' }],
    },
    {
      name: 'cpu twice',
      code: pod(
        '- {resourceName: cpu, restartPolicy: NotRequired}\n- {resourceName: cpu, restartPolicy: RestartContainer}',
      ),
      errors: [{ path: 'spec.containers[0].resizePolicy[1]', line: 11, column: 11, messageId: 'duplicate' }],
      output: null,
    },
    {
      name: 'ephemeral storage cannot be resized',
      code: pod('- {resourceName: ephemeral-storage, restartPolicy: NotRequired}'),
      errors: [{ path: 'spec.containers[0].resizePolicy', line: 9, column: 7, messageId: 'resource' }],
    },
    {
      name: 'a plain init container asking for a restart',
      code: manifests.pod(
        'initContainers:\n  - name: migrate\n    image: busybox:1.36\n    resizePolicy:\n      - {resourceName: memory, restartPolicy: RestartContainer}\ncontainers:\n  - name: web\n    image: nginx:1.27',
      ),
      errors: [
        {
          path: 'spec.initContainers[0].resizePolicy[0].restartPolicy',
          line: 10,
          column: 34,
          messageId: 'initRestart',
        },
      ],
    },
  ],
});
