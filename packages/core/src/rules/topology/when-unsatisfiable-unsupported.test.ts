import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './when-unsatisfiable-unsupported.js';

runRuleTests(rule, {
  valid: [
    { name: 'DoNotSchedule', code: spreadPod(ZONE_SPREAD) },
    { name: 'ScheduleAnyway', code: spreadDeployment(ZONE_SPREAD.replace('DoNotSchedule', 'ScheduleAnyway')) },
  ],
  invalid: [
    {
      name: 'doNotSchedule is fixed to DoNotSchedule',
      code: spreadDeployment(ZONE_SPREAD.replace('DoNotSchedule', 'doNotSchedule')),
      errors: [
        {
          messageId: 'whenUnsatisfiableUnsupported',
          path: 'spec.template.spec.topologySpreadConstraints[0].whenUnsatisfiable',
          line: 16,
          column: 11,
          message: 'write "DoNotSchedule"',
        },
      ],
      output: spreadDeployment(ZONE_SPREAD),
    },
    {
      name: 'missing whenUnsatisfiable is not defaulted (reported at the constraint)',
      code: spreadPod(ZONE_SPREAD.replace('whenUnsatisfiable: DoNotSchedule\n  ', '')),
      errors: [
        {
          messageId: 'whenUnsatisfiableMissing',
          path: 'spec.topologySpreadConstraints[0].whenUnsatisfiable',
          line: 8,
          column: 7,
          message: 'nothing fills it in',
        },
      ],
      output: null,
    },
    {
      name: 'unknown value has no fix',
      code: spreadPod(ZONE_SPREAD.replace('DoNotSchedule', 'Never')),
      errors: [
        {
          messageId: 'whenUnsatisfiableUnsupported',
          path: 'spec.topologySpreadConstraints[0].whenUnsatisfiable',
          line: 10,
          column: 7,
          message: 'case-sensitive',
        },
      ],
      output: null,
    },
  ],
});
