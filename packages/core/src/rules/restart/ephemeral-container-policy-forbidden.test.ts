import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './ephemeral-container-policy-forbidden.js';

// A live Pod after `kubectl debug`: the oracle refuses ephemeral containers on create in any case.
const livePod = (fields: string): string =>
  manifests.pod(
    manifests.blocks(
      `containers:
  - name: web
    image: nginx:1.27
ephemeralContainers:
  - name: debugger
    image: busybox:1.36`,
      manifests.indent(fields, 4),
    ),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'a debug container without restart fields (refused on create for being ephemeral)',
      code: livePod('stdin: true\n'),
      oracle: 'reject',
    },
    {
      name: '1.34 (oracle is 1.37 only): the fields are dropped',
      code: livePod('restartPolicy: Always\n'),
      kubernetesVersion: '1.34',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'restartPolicy',
      code: livePod('restartPolicy: Always\n'),
      errors: [
        {
          path: 'spec.ephemeralContainers[0].restartPolicy',
          line: 12,
          column: 7,
          message: 'cannot be set for an Ephemeral Container',
        },
      ],
    },
    {
      name: 'restartPolicyRules, even empty',
      code: livePod('restartPolicyRules: []\n'),
      errors: [{ path: 'spec.ephemeralContainers[0].restartPolicyRules', line: 12, column: 7 }],
    },
    {
      name: '1.33 (oracle is 1.37 only): restartPolicy',
      code: livePod('restartPolicy: Always\n'),
      kubernetesVersion: '1.33',
      oracle: 'skip',
      errors: [{ path: 'spec.ephemeralContainers[0].restartPolicy', line: 12, column: 7 }],
    },
  ],
});
