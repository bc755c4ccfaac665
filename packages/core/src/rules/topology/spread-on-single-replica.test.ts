import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './spread-on-single-replica.js';

runRuleTests(rule, {
  valid: [
    { name: 'three replicas', code: spreadDeployment(ZONE_SPREAD) },
    { name: 'bare Pod (may spread against other pods)', code: spreadPod(ZONE_SPREAD) },
  ],
  invalid: [
    {
      name: 'one replica',
      code: spreadDeployment(ZONE_SPREAD, { replicas: 1 }),
      errors: [
        { path: 'spec.template.spec.topologySpreadConstraints', line: 13, column: 7, message: 'runs one replica' },
      ],
      output: null,
    },
  ],
});
