import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './topology-key-unknown.js';

const withKey = (key: string): string => ZONE_SPREAD.replace('topology.kubernetes.io/zone', key);

runRuleTests(rule, {
  valid: [
    { name: 'well-known hostname', code: spreadPod(withKey('kubernetes.io/hostname')) },
    { name: 'a typo is another rule', code: spreadPod(withKey('topology.kubernetes.io/zones')) },
    { name: 'invalid syntax is another rule', code: spreadPod(withKey('"rack name"')) },
  ],
  invalid: [
    {
      name: 'provider key',
      code: spreadPod(withKey('topology.k8s.aws/zone-id')),
      errors: [
        {
          path: 'spec.topologySpreadConstraints[0].topologyKey',
          line: 9,
          column: 7,
          message: 'kubectl get nodes -L topology.k8s.aws/zone-id',
        },
      ],
      output: null,
    },
  ],
});
