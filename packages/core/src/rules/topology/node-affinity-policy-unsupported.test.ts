import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './node-affinity-policy-unsupported.js';

runRuleTests(rule, {
  valid: [
    { name: 'Honor', code: spreadPod(`${ZONE_SPREAD}\n  nodeAffinityPolicy: Honor`) },
    { name: 'Ignore in a Deployment', code: spreadDeployment(`${ZONE_SPREAD}\n  nodeAffinityPolicy: Ignore`) },
  ],
  invalid: [
    {
      name: 'honor is fixed to Honor',
      code: spreadDeployment(`${ZONE_SPREAD}\n  nodeAffinityPolicy: honor`),
      errors: [
        {
          messageId: 'policyMiscased',
          path: 'spec.template.spec.topologySpreadConstraints[0].nodeAffinityPolicy',
          line: 19,
          column: 11,
          message: 'write "Honor"',
        },
      ],
      output: spreadDeployment(`${ZONE_SPREAD}\n  nodeAffinityPolicy: Honor`),
    },
    {
      name: 'empty string is not the default',
      code: spreadPod(`${ZONE_SPREAD}\n  nodeAffinityPolicy: ""`),
      errors: [
        {
          messageId: 'policyUnsupported',
          path: 'spec.topologySpreadConstraints[0].nodeAffinityPolicy',
          line: 13,
          column: 7,
          message: 'case-sensitive',
        },
      ],
      output: null,
    },
  ],
});
