import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './min-domains-above-replicas.js';

runRuleTests(rule, {
  valid: [
    { name: 'minDomains equal to replicas', code: spreadDeployment(`${ZONE_SPREAD}\n  minDomains: 3`) },
    { name: 'bare Pod has no replicas', code: spreadPod(`${ZONE_SPREAD}\n  minDomains: 3`) },
  ],
  invalid: [
    {
      name: 'minDomains 5 with 2 replicas',
      code: spreadDeployment(`${ZONE_SPREAD}\n  minDomains: 5`, { replicas: 2 }),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].minDomains',
          line: 19,
          column: 11,
          message: 'more than the 2 replicas',
        },
      ],
      output: null,
    },
  ],
});
