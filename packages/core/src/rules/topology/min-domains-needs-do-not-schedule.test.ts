import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './min-domains-needs-do-not-schedule.js';

runRuleTests(rule, {
  valid: [
    { name: 'minDomains with DoNotSchedule', code: spreadDeployment(`${ZONE_SPREAD}\n  minDomains: 3`) },
    {
      name: 'ScheduleAnyway without minDomains',
      code: spreadPod(ZONE_SPREAD.replace('DoNotSchedule', 'ScheduleAnyway')),
    },
  ],
  invalid: [
    {
      name: 'minDomains with ScheduleAnyway',
      code: spreadDeployment(`${ZONE_SPREAD.replace('DoNotSchedule', 'ScheduleAnyway')}\n  minDomains: 3`),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].minDomains',
          line: 19,
          column: 11,
          message: 'can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway',
        },
      ],
      output: null,
    },
    {
      name: 'minDomains without whenUnsatisfiable',
      code: spreadPod(`${ZONE_SPREAD.replace('whenUnsatisfiable: DoNotSchedule\n  ', '')}\n  minDomains: 2`),
      errors: [
        {
          path: 'spec.topologySpreadConstraints[0].minDomains',
          line: 12,
          column: 7,
          message: 'whenUnsatisfiable is unset',
        },
      ],
    },
  ],
});
