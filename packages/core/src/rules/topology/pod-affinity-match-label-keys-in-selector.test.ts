import { runRuleTests } from '../../../test/support/rule-tester.js';
import { affinityDeployment, affinityPod, HOST_ANTI_AFFINITY } from '../../../test/fixtures/topology/affinity.js';
import rule from './pod-affinity-match-label-keys-in-selector.js';

const TERM = 'spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]';

runRuleTests(rule, {
  valid: [
    {
      name: 'a key the Pod does not carry is not merged',
      code: affinityPod(`${HOST_ANTI_AFFINITY}\n      matchLabelKeys: [tenant]`),
    },
    {
      name: 'mismatchLabelKeys may repeat a selector key',
      code: affinityPod(`${HOST_ANTI_AFFINITY}\n      mismatchLabelKeys: [app]`),
    },
  ],
  invalid: [
    {
      name: 'Pod label in matchLabels and matchLabelKeys: merged, then refused',
      code: affinityPod(`${HOST_ANTI_AFFINITY}\n      matchLabelKeys: [app]`),
      errors: [
        {
          path: `${TERM}.matchLabelKeys[0]`,
          line: 13,
          column: 28,
          message: "with the pod's own value and then refuses the Pod",
          oracleField: `${TERM}[0]`,
        },
      ],
      output: null,
    },
    {
      name: 'Deployment is accepted but every Pod it creates is refused (oracle accepts the template)',
      code: affinityDeployment(`${HOST_ANTI_AFFINITY}\n      matchLabelKeys: [app]`),
      oracle: 'accept',
      errors: [{ path: `spec.template.${TERM}.matchLabelKeys[0]`, line: 19, column: 32, message: 'no pod ever runs' }],
    },
  ],
});
