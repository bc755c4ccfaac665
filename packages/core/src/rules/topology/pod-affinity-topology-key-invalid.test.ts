import { runRuleTests } from '../../../test/support/rule-tester.js';
import {
  affinityDeployment,
  affinityPod,
  HOST_ANTI_AFFINITY,
  ZONE_AFFINITY,
} from '../../../test/fixtures/topology/affinity.js';
import rule from './pod-affinity-topology-key-invalid.js';

runRuleTests(rule, {
  valid: [
    { name: 'hostname', code: affinityPod(HOST_ANTI_AFFINITY) },
    {
      name: 'custom prefixed key',
      code: affinityDeployment(ZONE_AFFINITY.replace('topology.kubernetes.io/zone', 'example.com/rack')),
    },
  ],
  invalid: [
    {
      name: 'key with a space',
      code: affinityDeployment(HOST_ANTI_AFFINITY.replace('kubernetes.io/hostname', '"kubernetes.io/host name"')),
      errors: [
        {
          path: 'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey',
          line: 16,
          column: 15,
          message: 'such as "kubernetes.io/hostname"',
        },
      ],
      output: null,
    },
    {
      name: 'two slashes in a preferred term',
      code: affinityPod(ZONE_AFFINITY.replace('topology.kubernetes.io/zone', 'topology.kubernetes.io/zone/a')),
      errors: [
        {
          path: 'spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey',
          line: 12,
          column: 13,
          message: 'a valid label key must consist of',
        },
      ],
    },
  ],
});
