import { itSendsTheSameWarnings } from '../../../test/support/api-warnings.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './deprecated-topology-key.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';

const withKey = (key: string): string => ZONE_SPREAD.replace('topology.kubernetes.io/zone', key);

runRuleTests(rule, {
  valid: [
    { name: 'current zone label', code: spreadPod(ZONE_SPREAD) },
    { name: 'hostname', code: spreadDeployment(withKey('kubernetes.io/hostname')) },
  ],
  invalid: [
    {
      name: 'beta zone label is replaced',
      code: spreadDeployment(withKey('failure-domain.beta.kubernetes.io/zone')),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].topologyKey',
          line: 15,
          column: 11,
          message:
            'spec.template.spec.topologySpreadConstraints[0].topologyKey: failure-domain.beta.kubernetes.io/zone is deprecated since v1.17; use "topology.kubernetes.io/zone" instead',
        },
      ],
      output: spreadDeployment(ZONE_SPREAD),
    },
    {
      name: 'created-by label has no replacement',
      code: spreadPod(withKey('app.kubernetes.io/created-by')),
      errors: [
        {
          path: 'spec.topologySpreadConstraints[0].topologyKey',
          line: 9,
          column: 7,
          message: 'is deprecated since v1.9',
        },
      ],
      output: null,
    },
  ],
});

itSendsTheSameWarnings(rule, [
  {
    name: 'deprecated zone key in a Deployment',
    code: spreadDeployment(withKey('failure-domain.beta.kubernetes.io/zone')),
  },
  { name: 'master role label on a Pod', code: spreadPod(withKey('node-role.kubernetes.io/master')) },
]);
