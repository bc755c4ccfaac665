import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './min-domains-not-positive.js';

runRuleTests(rule, {
  valid: [
    { name: 'minDomains 3', code: spreadDeployment(`${ZONE_SPREAD}\n  minDomains: 3`) },
    { name: 'no minDomains', code: spreadPod(ZONE_SPREAD) },
  ],
  invalid: [
    {
      name: 'minDomains 0',
      code: spreadPod(`${ZONE_SPREAD}\n  minDomains: 0`),
      errors: [
        {
          path: 'spec.topologySpreadConstraints[0].minDomains',
          line: 13,
          column: 7,
          message: 'must be greater than zero',
        },
      ],
      output: null,
    },
    {
      name: 'negative minDomains in a Deployment',
      code: spreadDeployment(`${ZONE_SPREAD}\n  minDomains: -2`),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].minDomains',
          line: 19,
          column: 11,
          message: 'minDomains -2',
        },
      ],
    },
  ],
});
