import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './container-policy-on-regular-container.js';

const pod = (containerFields: string): string =>
  manifests.pod(
    manifests.blocks(
      `initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
containers:
  - name: app
    image: example/app:1.0`,
      manifests.indent(containerFields, 4),
    ),
    { name: 'app' },
  );

runRuleTests(rule, {
  valid: [
    {
      name: '1.33 (oracle is 1.37 only): a sidecar may set Always',
      code: pod(''),
      kubernetesVersion: '1.33',
      oracle: 'skip',
    },
    { name: '1.37 accepts a container restartPolicy (the rule ends at 1.33)', code: pod('restartPolicy: Never\n') },
  ],
  invalid: [
    {
      name: '1.33 (oracle is 1.37 only): a regular container sets Always',
      code: pod('restartPolicy: Always\n'),
      kubernetesVersion: '1.33',
      oracle: 'skip',
      errors: [
        {
          path: 'spec.containers[0].restartPolicy',
          line: 13,
          column: 7,
          message: 'may not be set for non-init containers',
        },
      ],
    },
    {
      name: '1.29 (oracle is 1.37 only): Never',
      code: pod('restartPolicy: Never\n'),
      kubernetesVersion: '1.29',
      oracle: 'skip',
      errors: [{ path: 'spec.containers[0].restartPolicy', line: 13, column: 7 }],
    },
  ],
});
