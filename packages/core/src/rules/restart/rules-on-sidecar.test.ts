import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './rules-on-sidecar.js';

const pod = (rules: string): string =>
  manifests.pod(
    manifests.blocks(
      `initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always`,
      manifests.indent(rules, 4),
      `containers:
  - name: app
    image: example/app:1.0`,
    ),
    { name: 'mesh' },
  );

const RULES = 'restartPolicyRules:\n  - action: Restart\n    exitCodes: {operator: In, values: [1]}\n';

runRuleTests(rule, {
  valid: [
    {
      name: '1.35 (oracle is 1.37 only): a sidecar without rules',
      code: pod(''),
      kubernetesVersion: '1.35',
      oracle: 'skip',
    },
    { name: '1.37 accepts rules on sidecars (the rule applies to 1.35 only)', code: pod(RULES) },
  ],
  invalid: [
    {
      name: '1.35 (oracle is 1.37 only): rules on a sidecar',
      code: pod(RULES),
      kubernetesVersion: '1.35',
      oracle: 'skip',
      errors: [
        {
          path: 'spec.initContainers[0].restartPolicyRules',
          line: 10,
          column: 7,
          message: 'restartPolicyRules are not allowed for init containers with restart policy Always',
        },
      ],
    },
  ],
});
