import { runRuleTests } from '../../../test/support/rule-tester.js';
import { affinityDeployment, affinityPod, HOST_ANTI_AFFINITY } from '../../../test/fixtures/topology/affinity.js';
import rule from './pod-affinity-match-and-mismatch-label-keys.js';

const SELECT_TIER = HOST_ANTI_AFFINITY.replace('{app: web}', '{tier: frontend}');

runRuleTests(rule, {
  valid: [
    {
      name: 'different keys',
      code: affinityPod(`${SELECT_TIER}\n      matchLabelKeys: [app]\n      mismatchLabelKeys: [tenant]`),
    },
  ],
  invalid: [
    {
      name: 'tenant in both lists of a Deployment',
      code: affinityDeployment(`${SELECT_TIER}\n      matchLabelKeys: [tenant]\n      mismatchLabelKeys: [tenant]`),
      errors: [
        {
          path: 'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys[0]',
          line: 19,
          column: 32,
          message: 'exists in both matchLabelKeys and mismatchLabelKeys',
        },
      ],
      output: null,
    },
  ],
});
