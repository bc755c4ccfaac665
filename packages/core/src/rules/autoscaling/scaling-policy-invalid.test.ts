import { runRuleTests } from '../../../test/support/rule-tester.js';
import { autoscaler } from '../../../test/fixtures/autoscaling/manifests.js';
import rule from './scaling-policy-invalid.js';

const withScaleDown = (rules: string): string =>
  autoscaler(
    `maxReplicas: 5\nbehavior:\n  scaleDown:\n${rules
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n')}`,
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'one pod per minute, five-minute window',
      code: withScaleDown('stabilizationWindowSeconds: 300\npolicies:\n  - {type: Pods, value: 1, periodSeconds: 60}'),
    },
    { name: 'disabled', code: withScaleDown('selectPolicy: Disabled') },
  ],
  invalid: [
    {
      name: 'a zero value and a period of an hour',
      code: withScaleDown('policies:\n  - type: Pods\n    value: 0\n    periodSeconds: 3600'),
      errors: [
        { path: 'spec.behavior.scaleDown.policies[0].value', line: 15, column: 11, messageId: 'valueNotPositive' },
        { path: 'spec.behavior.scaleDown.policies[0].periodSeconds', line: 16, column: 11, messageId: 'periodRange' },
      ],
      output: null,
    },
    {
      name: 'a window above an hour',
      code: withScaleDown(
        'stabilizationWindowSeconds: 7200\npolicies:\n  - {type: Percent, value: 10, periodSeconds: 60}',
      ),
      errors: [
        { path: 'spec.behavior.scaleDown.stabilizationWindowSeconds', line: 13, column: 7, messageId: 'windowRange' },
      ],
    },
    {
      name: 'a selectPolicy and a policy type in the wrong case',
      code: withScaleDown('selectPolicy: max\npolicies:\n  - {type: pods, value: 1, periodSeconds: 60}'),
      errors: [
        { path: 'spec.behavior.scaleDown.selectPolicy', line: 13, column: 7, messageId: 'selectPolicy' },
        { path: 'spec.behavior.scaleDown.policies[0].type', line: 15, column: 12, messageId: 'policyType' },
      ],
    },
    {
      name: 'an empty list of policies',
      code: withScaleDown('policies: []'),
      errors: [{ path: 'spec.behavior.scaleDown.policies', line: 13, column: 7, messageId: 'noPolicies' }],
    },
  ],
});
