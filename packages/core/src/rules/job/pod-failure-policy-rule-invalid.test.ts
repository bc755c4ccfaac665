import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './pod-failure-policy-rule-invalid.js';

const pod = `restartPolicy: Never\n${manifests.webContainer()}`;
const withRules = (rules: string, fields = ''): string =>
  manifests.job(pod, { fields: `${fields}podFailurePolicy:\n  rules:\n${manifests.indent(rules, 4)}` });

runRuleTests(rule, {
  valid: [
    {
      name: 'exit codes of the web container',
      code: withRules(
        '- action: FailJob\n  onExitCodes:\n    containerName: web\n    operator: In\n    values: [1, 42]',
      ),
    },
    {
      name: 'a disruption condition',
      code: withRules('- action: Ignore\n  onPodConditions:\n    - type: DisruptionTarget'),
    },
    {
      name: 'a condition status of False, and an empty one (defaulted to True)',
      code: withRules(
        '- action: Ignore\n  onPodConditions:\n    - {type: DisruptionTarget, status: "False"}\n    - {type: Ready, status: ""}',
      ),
    },
    {
      name: 'NotIn may list 0',
      code: withRules('- action: Count\n  onExitCodes:\n    operator: NotIn\n    values: [0]'),
    },
  ],
  invalid: [
    {
      name: 'zero, unsorted',
      code: withRules('- action: FailJob\n  onExitCodes:\n    operator: In\n    values: [42, 0]'),
      errors: [
        { path: 'spec.podFailurePolicy.rules[0].onExitCodes.values', line: 11, column: 11, messageId: 'unordered' },
        { path: 'spec.podFailurePolicy.rules[0].onExitCodes.values[1]', line: 11, column: 24, messageId: 'zeroIn' },
      ],
      output: null,
    },
    {
      name: 'an unknown container',
      code: withRules(
        '- action: FailJob\n  onExitCodes:\n    containerName: sidecar\n    operator: In\n    values: [1]',
      ),
      errors: [
        {
          path: 'spec.podFailurePolicy.rules[0].onExitCodes.containerName',
          line: 10,
          column: 11,
          messageId: 'containerName',
        },
      ],
    },
    {
      name: 'neither matcher',
      code: withRules('- action: FailJob'),
      errors: [{ path: 'spec.podFailurePolicy.rules[0]', line: 8, column: 9, messageId: 'neither' }],
    },
    {
      name: 'duplicate exit code',
      code: withRules('- action: FailJob\n  onExitCodes:\n    operator: In\n    values: [1, 1]'),
      errors: [
        { path: 'spec.podFailurePolicy.rules[0].onExitCodes.values[1]', line: 11, column: 23, messageId: 'duplicate' },
      ],
    },
    {
      name: 'a condition type that is not a qualified name, and a rule without action',
      code: withRules('- onPodConditions:\n    - type: -Disrupted'),
      errors: [
        { path: 'spec.podFailurePolicy.rules[0].action', line: 8, column: 9, messageId: 'actionRequired' },
        {
          path: 'spec.podFailurePolicy.rules[0].onPodConditions[0].type',
          line: 9,
          column: 13,
          messageId: 'conditionType',
        },
      ],
    },
    {
      name: 'a condition status that is not True, False or Unknown',
      code: withRules('- action: Ignore\n  onPodConditions:\n    - type: DisruptionTarget\n      status: Maybe'),
      errors: [
        {
          path: 'spec.podFailurePolicy.rules[0].onPodConditions[0].status',
          line: 11,
          column: 13,
          messageId: 'conditionStatus',
        },
      ],
    },
    {
      name: 'more than 20 rules',
      code: withRules(
        Array.from(
          { length: 21 },
          (_, index) => `- action: Ignore\n  onExitCodes: {operator: In, values: [${index + 1}]}`,
        ).join('\n'),
      ),
      errors: [{ path: 'spec.podFailurePolicy.rules', line: 7, column: 5, messageId: 'tooMany' }],
    },
  ],
});
