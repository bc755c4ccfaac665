import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './rules-too-many.js';

const pod = (rules: string): string =>
  manifests.pod(
    `containers:
  - name: train
    image: example/train:4.0
    restartPolicy: Never
    restartPolicyRules:
${manifests.indent(rules, 6)}`,
    { name: 'train' },
  );

const ruleLine = (codes: number[]): string =>
  `- {action: Restart, exitCodes: {operator: In, values: [${codes.join(', ')}]}}\n`;
const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

runRuleTests(rule, {
  valid: [
    {
      name: 'twenty rules',
      code: pod(
        range(1, 20)
          .map((code) => ruleLine([code]))
          .join(''),
      ),
    },
    { name: '255 exit codes', code: pod(ruleLine(range(1, 255))) },
  ],
  invalid: [
    {
      name: 'twenty-one rules',
      code: pod(
        range(1, 21)
          .map((code) => ruleLine([code]))
          .join(''),
      ),
      errors: [
        {
          messageId: 'tooManyRules',
          path: 'spec.containers[0].restartPolicyRules',
          line: 10,
          column: 7,
          message: 'must have at most 20 items',
        },
      ],
    },
    {
      name: '256 exit codes',
      code: pod(ruleLine(range(1, 256))),
      errors: [
        {
          messageId: 'tooManyExitCodes',
          path: 'spec.containers[0].restartPolicyRules[0].exitCodes.values',
          line: 11,
          column: 55,
          message: 'must have at most 255 items',
        },
      ],
    },
  ],
});
