import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './topology-key-invalid-syntax.js';

const withKey = (key: string): string => ZONE_SPREAD.replace('topology.kubernetes.io/zone', key);

runRuleTests(rule, {
  valid: [{ name: 'valid custom key', code: spreadPod(withKey('example.com/rack')) }],
  invalid: [
    {
      name: 'key with a space (accepted by the API server)',
      code: spreadPod(withKey('"zone name"')),
      errors: [
        {
          path: 'spec.topologySpreadConstraints[0].topologyKey',
          line: 9,
          column: 7,
          message: 'name part must consist of alphanumeric characters',
        },
      ],
      output: null,
    },
    {
      name: 'trailing slash suggests the well-known key',
      code: spreadDeployment(withKey('topology.kubernetes.io/zone/')),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].topologyKey',
          line: 15,
          column: 11,
          message: 'such as "topology.kubernetes.io/zone"',
        },
      ],
    },
  ],
});
