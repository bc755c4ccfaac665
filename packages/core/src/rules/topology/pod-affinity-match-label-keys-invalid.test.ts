import { runRuleTests } from '../../../test/support/rule-tester.js';
import { affinityDeployment, affinityPod, HOST_ANTI_AFFINITY } from '../../../test/fixtures/topology/affinity.js';
import rule from './pod-affinity-match-label-keys-invalid.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'valid keys',
      code: affinityPod(`${HOST_ANTI_AFFINITY}\n      mismatchLabelKeys: [tenant, example.com/team]`),
    },
  ],
  invalid: [
    {
      name: 'spaces in both lists',
      code: affinityDeployment(
        `${HOST_ANTI_AFFINITY}\n      matchLabelKeys: ["tier name"]\n      mismatchLabelKeys: ["tenant id"]`,
      ),
      errors: [
        {
          path: 'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys[0]',
          line: 19,
          column: 32,
          message: 'in matchLabelKeys',
        },
        {
          path: 'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].mismatchLabelKeys[0]',
          line: 20,
          column: 35,
          message: 'name part must consist of alphanumeric characters',
        },
      ],
      output: null,
    },
  ],
});
