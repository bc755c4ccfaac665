import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './topology-key-typo.js';

const withKey = (key: string): string => ZONE_SPREAD.replace('topology.kubernetes.io/zone', key);

runRuleTests(rule, {
  valid: [
    { name: 'well-known zone', code: spreadPod(ZONE_SPREAD) },
    { name: 'provider key', code: spreadPod(withKey('topology.k8s.aws/zone-id')) },
    { name: 'deprecated key is another rule', code: spreadPod(withKey('failure-domain.beta.kubernetes.io/zone')) },
  ],
  invalid: [
    {
      name: 'zones is fixed to zone',
      code: spreadDeployment(withKey('topology.kubernetes.io/zones')),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].topologyKey',
          line: 15,
          column: 11,
          message: 'did you mean "topology.kubernetes.io/zone"?',
        },
      ],
      output: spreadDeployment(ZONE_SPREAD),
    },
    {
      name: 'kubernetes.io/host is fixed to hostname',
      code: spreadPod(withKey('kubernetes.io/host')),
      errors: [
        {
          path: 'spec.topologySpreadConstraints[0].topologyKey',
          line: 9,
          column: 7,
          message: '"kubernetes.io/hostname"',
        },
      ],
      output: spreadPod(withKey('kubernetes.io/hostname')),
    },
    {
      name: 'bare zone may be a custom label: reported without a fix',
      code: spreadPod(withKey('zone')),
      errors: [
        { path: 'spec.topologySpreadConstraints[0].topologyKey', line: 9, column: 7, message: 'suppress this finding' },
      ],
      output: null,
    },
  ],
});
