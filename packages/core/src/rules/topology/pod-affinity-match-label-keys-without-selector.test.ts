import { runRuleTests } from '../../../test/support/rule-tester.js';
import { affinityDeployment, affinityPod, HOST_ANTI_AFFINITY } from '../../../test/fixtures/topology/affinity.js';
import rule from './pod-affinity-match-label-keys-without-selector.js';

const NO_SELECTOR = HOST_ANTI_AFFINITY.replace('\n      labelSelector:\n        matchLabels: {app: web}', '');

runRuleTests(rule, {
  valid: [
    { name: 'with a selector', code: affinityPod(`${HOST_ANTI_AFFINITY}\n      mismatchLabelKeys: [tenant]`) },
    {
      name: 'dropped on 1.30, where the fields are alpha and off (oracle skipped: it judges 1.37 only)',
      code: affinityPod(`${NO_SELECTOR}\n      matchLabelKeys: [app]`),
      kubernetesVersion: '1.30',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'both lists without a selector',
      code: affinityDeployment(`${NO_SELECTOR}\n      matchLabelKeys: [app]\n      mismatchLabelKeys: [tenant]`),
      errors: [
        {
          path: 'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys',
          line: 17,
          column: 15,
          message: 'sets matchLabelKeys',
        },
        {
          path: 'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].mismatchLabelKeys',
          line: 18,
          column: 15,
          message: 'must not be specified when labelSelector is not set',
        },
      ],
      output: null,
    },
    {
      name: 'refused from 1.31, when the fields are on by default (oracle skipped: it judges 1.37 only)',
      code: affinityPod(`${NO_SELECTOR}\n      matchLabelKeys: [app]`),
      kubernetesVersion: '1.31',
      oracle: 'skip',
      errors: [
        {
          path: 'spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys',
          line: 11,
          column: 11,
        },
      ],
    },
  ],
});
