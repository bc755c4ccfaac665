import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './label-selector-invalid.js';

const withSelector = (selector: string): string => ZONE_SPREAD.replace('matchLabels: {app: web}', selector);

runRuleTests(rule, {
  valid: [
    { name: 'matchLabels', code: spreadPod(ZONE_SPREAD) },
    {
      name: 'every operator',
      code: spreadDeployment(
        withSelector(`matchExpressions:
      - {key: app, operator: In, values: [web]}
      - {key: tier, operator: NotIn, values: [batch]}
      - {key: app.kubernetes.io/name, operator: Exists}
      - {key: canary, operator: DoesNotExist}`),
      ),
    },
    {
      name: 'empty selector matches every pod',
      code: spreadPod(withSelector('{}').replace('labelSelector:\n    {}', 'labelSelector: {}')),
    },
  ],
  invalid: [
    {
      name: 'In without values',
      code: spreadPod(withSelector('matchExpressions:\n      - {key: app, operator: In}')),
      errors: [
        {
          messageId: 'valuesMissing',
          path: 'spec.topologySpreadConstraints[0].labelSelector.matchExpressions[0].values',
          line: 13,
          column: 13,
          message: "must be specified when `operator` is 'In' or 'NotIn'",
        },
      ],
      output: null,
    },
    {
      name: 'lower-case operator is fixed',
      code: spreadDeployment(withSelector('matchExpressions:\n      - {key: app, operator: exists}')),
      errors: [
        {
          messageId: 'operatorUnsupported',
          path: 'spec.template.spec.topologySpreadConstraints[0].labelSelector.matchExpressions[0].operator',
          line: 19,
          column: 28,
          message: 'not a valid selector operator',
        },
      ],
      output: spreadDeployment(withSelector('matchExpressions:\n      - {key: app, operator: Exists}')),
    },
    {
      name: 'Exists with values and an invalid key',
      code: spreadPod(
        withSelector('matchExpressions:\n      - key: "app name"\n        operator: Exists\n        values: [web]'),
      ),
      errors: [
        {
          messageId: 'expressionKeyInvalid',
          path: 'spec.topologySpreadConstraints[0].labelSelector.matchExpressions[0].key',
          line: 13,
          column: 13,
          message: 'not a valid label key',
        },
        {
          messageId: 'valuesForbidden',
          path: 'spec.topologySpreadConstraints[0].labelSelector.matchExpressions[0].values',
          line: 15,
          column: 13,
          message: "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
        },
      ],
    },
    {
      name: 'invalid matchLabels value (reported at the entry)',
      code: spreadPod(withSelector('matchLabels: {app: "web server"}')),
      errors: [
        {
          messageId: 'matchLabelsValueInvalid',
          path: 'spec.topologySpreadConstraints[0].labelSelector.matchLabels.app',
          line: 12,
          column: 23,
          message: 'not a valid label value',
          oracleField: 'spec.topologySpreadConstraints[0].labelSelector.matchLabels',
        },
      ],
    },
    {
      name: 'invalid value in an In list',
      code: spreadPod(withSelector('matchExpressions:\n      - {key: app, operator: In, values: [web, "-api"]}')),
      errors: [
        {
          messageId: 'expressionValueInvalid',
          path: 'spec.topologySpreadConstraints[0].labelSelector.matchExpressions[0].values[1]',
          line: 13,
          column: 52,
          message: 'not a valid label value',
        },
      ],
    },
  ],
});
