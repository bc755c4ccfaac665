import { runRuleTests } from '../../../test/support/rule-tester.js';
import { affinityDeployment, affinityPod, ZONE_AFFINITY } from '../../../test/fixtures/topology/affinity.js';
import rule from './pod-affinity-weight-out-of-range.js';

runRuleTests(rule, {
  valid: [
    { name: 'weight 50', code: affinityPod(ZONE_AFFINITY) },
    { name: 'weight 100', code: affinityDeployment(ZONE_AFFINITY.replace('weight: 50', 'weight: 100')) },
  ],
  invalid: [
    {
      name: 'weight 0',
      code: affinityDeployment(ZONE_AFFINITY.replace('weight: 50', 'weight: 0')),
      errors: [
        {
          messageId: 'weightOutOfRange',
          path: 'spec.template.spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight',
          line: 16,
          column: 15,
          message: 'must be in the range 1-100',
        },
      ],
      output: null,
    },
    {
      name: 'missing weight (reported at the entry)',
      code: affinityPod(ZONE_AFFINITY.replace('weight: 50\n      ', '')),
      errors: [
        {
          messageId: 'weightMissing',
          path: 'spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight',
          line: 10,
          column: 11,
          message: 'has no weight',
        },
      ],
    },
    {
      name: 'weight 101',
      code: affinityPod(ZONE_AFFINITY.replace('weight: 50', 'weight: 101')),
      errors: [
        {
          messageId: 'weightOutOfRange',
          path: 'spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight',
          line: 10,
          column: 11,
          message: 'weight 101',
        },
      ],
    },
  ],
});
