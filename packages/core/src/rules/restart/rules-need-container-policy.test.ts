import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './rules-need-container-policy.js';

const RULES = 'restartPolicyRules:\n  - action: Restart\n    exitCodes: {operator: In, values: [42]}\n';

const pod = (init: string, app: string): string =>
  manifests.pod(
    manifests.blocks(
      `restartPolicy: Never
initContainers:
  - name: fetch
    image: example/fetch:1.0`,
      manifests.indent(init, 4),
      `containers:
  - name: train
    image: example/train:4.0`,
      manifests.indent(app, 4),
    ),
    { name: 'train' },
  );

runRuleTests(rule, {
  valid: [
    { name: 'rules with the container policy', code: pod('', `restartPolicy: Never\n${RULES}`) },
    { name: 'an init container with policy and rules', code: pod(`restartPolicy: OnFailure\n${RULES}`, '') },
  ],
  invalid: [
    {
      name: 'a regular container with rules only',
      code: pod('', RULES),
      errors: [
        {
          path: 'spec.containers[0].restartPolicy',
          line: 11,
          column: 7,
          message: 'must specify restartPolicy when restart rules are used',
        },
      ],
    },
    {
      name: 'an init container with rules only',
      code: pod(RULES, ''),
      errors: [{ path: 'spec.initContainers[0].restartPolicy', line: 8, column: 7 }],
    },
  ],
});
