import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './pod-policy-unsupported.js';

const pod = (policy: string): string =>
  manifests.pod(
    manifests.blocks(
      policy,
      `containers:
  - name: task
    image: busybox:1.36`,
    ),
    { name: 'task' },
  );

const podTemplate = (policy: string): string =>
  manifests.podTemplate(
    manifests.blocks(
      policy,
      `containers:
  - name: task
    image: busybox:1.36`,
    ),
    { name: 'task' },
  );

const deployment = manifests.deployment(manifests.blocks('restartPolicy: always', manifests.webContainer()));

runRuleTests(rule, {
  valid: [
    { name: 'absent defaults to Always', code: pod('') },
    { name: 'OnFailure', code: pod('restartPolicy: OnFailure\n') },
    { name: 'Never in a PodTemplate', code: podTemplate('restartPolicy: Never\n') },
    { name: 'a workload template is left to the workload rules', code: deployment, oracle: 'reject' },
  ],
  invalid: [
    {
      name: 'lower-case always is fixed',
      code: pod('restartPolicy: always\n'),
      errors: [{ path: 'spec.restartPolicy', line: 6, column: 3, message: 'write "Always"' }],
      output: pod('restartPolicy: Always\n'),
    },
    {
      name: 'not a policy at all',
      code: podTemplate('restartPolicy: Sometimes\n'),
      errors: [
        {
          path: 'template.spec.restartPolicy',
          line: 7,
          column: 5,
          message: 'accepts exactly "Always", "OnFailure" or "Never"',
        },
      ],
      output: null,
    },
  ],
});
