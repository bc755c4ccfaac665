import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './rules-operator-unsupported.js';

const pod = (rule_: string): string =>
  manifests.pod(
    manifests.blocks(
      `containers:
  - name: train
    image: example/train:4.0
    restartPolicy: Never
    restartPolicyRules:
      - action: Restart`,
      manifests.indent(rule_, 8),
    ),
    { name: 'train' },
  );

runRuleTests(rule, {
  valid: [
    { name: 'In', code: pod('exitCodes: {operator: In, values: [42]}\n') },
    { name: 'NotIn', code: pod('exitCodes: {operator: NotIn, values: [0]}\n') },
  ],
  invalid: [
    {
      name: 'Equals',
      code: pod('exitCodes: {operator: Equals, values: [42]}\n'),
      errors: [
        {
          messageId: 'operatorUnsupported',
          path: 'spec.containers[0].restartPolicyRules[0].exitCodes.operator',
          line: 12,
          column: 23,
          message: 'accepts exactly "In" or "NotIn"',
        },
      ],
      output: null,
    },
    {
      name: 'lower-case notin is fixed',
      code: pod('exitCodes: {operator: notin, values: [0]}\n'),
      errors: [
        {
          messageId: 'operatorUnsupported',
          path: 'spec.containers[0].restartPolicyRules[0].exitCodes.operator',
          line: 12,
          column: 23,
        },
      ],
      output: pod('exitCodes: {operator: NotIn, values: [0]}\n'),
    },
    {
      name: 'no exitCodes',
      code: pod(''),
      errors: [
        {
          messageId: 'exitCodesMissing',
          path: 'spec.containers[0].restartPolicyRules[0].exitCodes',
          line: 11,
          column: 11,
          message: 'must be specified',
        },
      ],
    },
  ],
});
