import { itSendsTheSameWarnings } from '../../../test/support/api-warnings.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import {
  affinityDeployment,
  affinityPod,
  HOST_ANTI_AFFINITY,
  ZONE_AFFINITY,
} from '../../../test/fixtures/topology/affinity.js';
import rule from './pod-affinity-null-label-selector.js';

runRuleTests(rule, {
  valid: [
    { name: 'required anti-affinity with a selector', code: affinityDeployment(HOST_ANTI_AFFINITY) },
    {
      name: 'empty selector matches all pods',
      code: affinityPod(HOST_ANTI_AFFINITY.replace('\n        matchLabels: {app: web}', ' {}')),
    },
  ],
  invalid: [
    {
      name: 'required anti-affinity without a selector (reported at the term)',
      code: affinityDeployment(
        HOST_ANTI_AFFINITY.replace('\n      labelSelector:\n        matchLabels: {app: web}', ''),
      ),
      errors: [
        {
          path: 'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector',
          line: 16,
          column: 15,
          message:
            'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector: a null labelSelector results in matching no pod',
        },
      ],
      output: null,
    },
    {
      name: 'preferred affinity without a selector',
      code: affinityPod(ZONE_AFFINITY.replace('\n        labelSelector:\n          matchLabels: {app: cache}', '')),
      errors: [
        {
          path: 'spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector',
          line: 11,
          column: 11,
          message:
            'spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector: a null labelSelector results in matching no pod',
        },
      ],
    },
  ],
});

itSendsTheSameWarnings(rule, [
  {
    name: 'required anti-affinity in a Deployment',
    code: affinityDeployment(HOST_ANTI_AFFINITY.replace('\n      labelSelector:\n        matchLabels: {app: web}', '')),
  },
  {
    name: 'preferred affinity on a Pod',
    code: affinityPod(ZONE_AFFINITY.replace('\n        labelSelector:\n          matchLabels: {app: cache}', '')),
  },
]);
