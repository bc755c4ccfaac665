import { runRuleTests } from '../../../test/support/rule-tester.js';
import {
  affinityDeployment,
  affinityPod,
  HOST_ANTI_AFFINITY,
  ZONE_AFFINITY,
} from '../../../test/fixtures/topology/affinity.js';
import rule from './pod-affinity-deprecated-topology-key.js';

runRuleTests(rule, {
  valid: [{ name: 'current labels', code: affinityPod(`${HOST_ANTI_AFFINITY}\n${ZONE_AFFINITY}`) }],
  invalid: [
    {
      name: 'beta zone label is replaced',
      code: affinityDeployment(
        ZONE_AFFINITY.replace('topology.kubernetes.io/zone', 'failure-domain.beta.kubernetes.io/zone'),
      ),
      errors: [
        {
          path: 'spec.template.spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey',
          line: 18,
          column: 17,
          message: 'deprecated since v1.17',
        },
      ],
      output: affinityDeployment(ZONE_AFFINITY),
    },
  ],
});
