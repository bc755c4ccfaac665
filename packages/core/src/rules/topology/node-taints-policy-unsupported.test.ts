import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './node-taints-policy-unsupported.js';

runRuleTests(rule, {
  valid: [
    { name: 'Honor', code: spreadPod(`${ZONE_SPREAD}\n  nodeTaintsPolicy: Honor`) },
    { name: 'absent', code: spreadPod(ZONE_SPREAD) },
  ],
  invalid: [
    {
      name: 'Respect has no fix',
      code: spreadPod(`${ZONE_SPREAD}\n  nodeTaintsPolicy: Respect`),
      errors: [
        {
          messageId: 'policyUnsupported',
          path: 'spec.topologySpreadConstraints[0].nodeTaintsPolicy',
          line: 13,
          column: 7,
          message: 'supported',
        },
      ],
      output: null,
    },
    {
      name: 'IGNORE is fixed to Ignore',
      code: spreadPod(`${ZONE_SPREAD}\n  nodeTaintsPolicy: IGNORE`),
      errors: [
        {
          messageId: 'policyMiscased',
          path: 'spec.topologySpreadConstraints[0].nodeTaintsPolicy',
          line: 13,
          column: 7,
          message: 'write "Ignore"',
        },
      ],
      output: spreadPod(`${ZONE_SPREAD}\n  nodeTaintsPolicy: Ignore`),
    },
  ],
});
