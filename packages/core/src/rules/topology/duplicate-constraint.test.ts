import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './duplicate-constraint.js';

const HOST_SPREAD = ZONE_SPREAD.replace('topology.kubernetes.io/zone', 'kubernetes.io/hostname');
const SOFT_ZONE_SPREAD = ZONE_SPREAD.replace('DoNotSchedule', 'ScheduleAnyway').replace('maxSkew: 1', 'maxSkew: 2');

runRuleTests(rule, {
  valid: [
    { name: 'zone and hostname', code: spreadPod(`${ZONE_SPREAD}\n${HOST_SPREAD}`) },
    { name: 'hard and soft rule over the same key', code: spreadDeployment(`${ZONE_SPREAD}\n${SOFT_ZONE_SPREAD}`) },
  ],
  invalid: [
    {
      name: 'the same pair twice (the earlier one is reported)',
      code: spreadPod(`${ZONE_SPREAD}\n${ZONE_SPREAD.replace('maxSkew: 1', 'maxSkew: 2')}`),
      errors: [
        {
          path: 'spec.topologySpreadConstraints[0].topologyKey',
          line: 9,
          column: 7,
          message: 'Duplicate value: "{topology.kubernetes.io/zone, DoNotSchedule}"',
          oracleField: 'spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}',
        },
      ],
      output: null,
    },
    {
      name: 'three copies in a Deployment: constraints 0 and 1 are reported',
      code: spreadDeployment(`${HOST_SPREAD}\n${HOST_SPREAD}\n${HOST_SPREAD}`),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].topologyKey',
          line: 15,
          column: 11,
          message: 'constraint 1',
          oracleField: 'spec.template.spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}',
        },
        {
          path: 'spec.template.spec.topologySpreadConstraints[1].topologyKey',
          line: 20,
          column: 11,
          message: 'constraint 2',
          oracleField: 'spec.template.spec.topologySpreadConstraints[1].{topologyKey, whenUnsatisfiable}',
        },
      ],
    },
  ],
});
