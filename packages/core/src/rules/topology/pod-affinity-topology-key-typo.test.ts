import { runRuleTests } from '../../../test/support/rule-tester.js';
import { affinityDeployment, affinityPod, HOST_ANTI_AFFINITY } from '../../../test/fixtures/topology/affinity.js';
import rule from './pod-affinity-topology-key-typo.js';

runRuleTests(rule, {
  valid: [
    { name: 'hostname', code: affinityPod(HOST_ANTI_AFFINITY) },
    {
      name: 'provider key',
      code: affinityPod(HOST_ANTI_AFFINITY.replace('kubernetes.io/hostname', 'topology.k8s.aws/zone-id')),
    },
  ],
  invalid: [
    {
      name: 'host-name is fixed to hostname',
      code: affinityDeployment(HOST_ANTI_AFFINITY.replace('kubernetes.io/hostname', 'kubernetes.io/host-name')),
      errors: [
        {
          path: 'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey',
          line: 16,
          column: 15,
          message: 'did you mean "kubernetes.io/hostname"?',
        },
      ],
      output: affinityDeployment(HOST_ANTI_AFFINITY),
    },
  ],
});
