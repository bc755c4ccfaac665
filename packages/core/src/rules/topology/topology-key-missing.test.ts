import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './topology-key-missing.js';

runRuleTests(rule, {
  valid: [
    { name: 'zone key', code: spreadPod(ZONE_SPREAD) },
    {
      name: 'a custom key is not checked for syntax by the API server',
      code: spreadPod(ZONE_SPREAD.replace('topology.kubernetes.io/zone', '"rack name"')),
    },
  ],
  invalid: [
    {
      name: 'missing topologyKey (reported at the constraint)',
      code: spreadDeployment(ZONE_SPREAD.replace('topologyKey: topology.kubernetes.io/zone\n  ', '')),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].topologyKey',
          line: 14,
          column: 11,
          message: 'can not be empty',
        },
      ],
      output: null,
    },
    {
      name: 'empty topologyKey',
      code: spreadPod(ZONE_SPREAD.replace('topology.kubernetes.io/zone', '""')),
      errors: [{ path: 'spec.topologySpreadConstraints[0].topologyKey', line: 9, column: 7 }],
    },
  ],
});
