import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './max-skew-not-positive.js';

runRuleTests(rule, {
  valid: [
    { name: 'maxSkew 1', code: spreadPod(ZONE_SPREAD) },
    { name: 'maxSkew 2 in a Deployment', code: spreadDeployment(ZONE_SPREAD.replace('maxSkew: 1', 'maxSkew: 2')) },
  ],
  invalid: [
    {
      name: 'maxSkew 0 is fixed to 1',
      code: spreadPod(ZONE_SPREAD.replace('maxSkew: 1', 'maxSkew: 0')),
      errors: [
        {
          messageId: 'maxSkewNotPositive',
          path: 'spec.topologySpreadConstraints[0].maxSkew',
          line: 8,
          column: 7,
          message: 'must be greater than zero',
        },
      ],
      output: spreadPod(ZONE_SPREAD),
    },
    {
      name: 'missing maxSkew in a Deployment (reported at the constraint)',
      code: spreadDeployment(ZONE_SPREAD.replace('maxSkew: 1\n  ', '')),
      errors: [
        {
          messageId: 'maxSkewMissing',
          path: 'spec.template.spec.topologySpreadConstraints[0].maxSkew',
          line: 14,
          column: 11,
          message: 'has no maxSkew',
        },
      ],
      output: null,
    },
    {
      name: 'negative maxSkew has no fix',
      code: spreadPod(ZONE_SPREAD.replace('maxSkew: 1', 'maxSkew: -1')),
      errors: [
        {
          messageId: 'maxSkewNotPositive',
          path: 'spec.topologySpreadConstraints[0].maxSkew',
          line: 8,
          column: 7,
          message: 'maxSkew -1',
        },
      ],
      output: null,
    },
  ],
});
