import { runRuleTests } from '../../../test/support/rule-tester.js';
import {
  affinityDeployment,
  affinityPod,
  HOST_ANTI_AFFINITY,
  ZONE_AFFINITY,
} from '../../../test/fixtures/topology/affinity.js';
import rule from './pod-affinity-topology-key-missing.js';

runRuleTests(rule, {
  valid: [
    { name: 'required anti-affinity with hostname', code: affinityDeployment(HOST_ANTI_AFFINITY) },
    { name: 'preferred affinity with zone', code: affinityPod(ZONE_AFFINITY) },
  ],
  invalid: [
    {
      name: 'required anti-affinity term without topologyKey (reported at the term)',
      code: affinityDeployment(HOST_ANTI_AFFINITY.replace('topologyKey: kubernetes.io/hostname\n      ', '')),
      errors: [
        {
          path: 'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey',
          line: 16,
          column: 15,
          message: 'can not be empty',
        },
      ],
      output: null,
    },
    {
      name: 'preferred entry without a podAffinityTerm is the zero term',
      code: affinityPod('podAffinity:\n  preferredDuringSchedulingIgnoredDuringExecution:\n    - weight: 10'),
      errors: [
        {
          path: 'spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey',
          line: 10,
          column: 11,
          message: 'preferred pod affinity term',
        },
      ],
    },
    {
      name: 'empty topologyKey',
      code: affinityPod(HOST_ANTI_AFFINITY.replace('kubernetes.io/hostname', '""')),
      errors: [
        {
          path: 'spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey',
          line: 10,
          column: 11,
        },
      ],
    },
  ],
});
