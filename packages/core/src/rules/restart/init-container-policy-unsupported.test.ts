import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './init-container-policy-unsupported.js';

const pod = (policy: string): string =>
  manifests.pod(
    `initContainers:
  - name: setup
    image: busybox:1.36
    restartPolicy: ${policy}
containers:
  - name: app
    image: example/app:1.0`,
    { name: 'app' },
  );

runRuleTests(rule, {
  valid: [
    { name: 'a sidecar', code: pod('Always') },
    { name: '1.37: an init container with its own Never', code: pod('Never') },
    { name: '1.37: OnFailure', code: pod('OnFailure') },
    {
      name: '1.34 (oracle is 1.37 only): a bad value is dropped, not refused',
      code: pod('Sometimes'),
      kubernetesVersion: '1.34',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: '1.37: not a policy',
      code: pod('Sometimes'),
      errors: [
        {
          path: 'spec.initContainers[0].restartPolicy',
          line: 9,
          column: 7,
          message: 'accepts "Always", "OnFailure", "Never"',
        },
      ],
      output: null,
    },
    {
      name: 'lower-case always is fixed',
      code: pod('always'),
      errors: [{ path: 'spec.initContainers[0].restartPolicy', line: 9, column: 7 }],
      output: pod('Always'),
    },
    {
      name: '1.33 (oracle is 1.37 only): OnFailure is refused before container restart rules',
      code: pod('OnFailure'),
      kubernetesVersion: '1.33',
      oracle: 'skip',
      errors: [
        {
          path: 'spec.initContainers[0].restartPolicy',
          line: 9,
          column: 7,
          message: 'Kubernetes 1.35 and later accept "OnFailure"',
        },
      ],
      output: null,
    },
  ],
});
