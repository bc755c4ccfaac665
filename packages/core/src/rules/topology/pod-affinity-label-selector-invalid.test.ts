import { runRuleTests } from '../../../test/support/rule-tester.js';
import {
  affinityDeployment,
  affinityPod,
  HOST_ANTI_AFFINITY,
  ZONE_AFFINITY,
} from '../../../test/fixtures/topology/affinity.js';
import rule from './pod-affinity-label-selector-invalid.js';

runRuleTests(rule, {
  valid: [
    { name: 'matchLabels', code: affinityPod(HOST_ANTI_AFFINITY) },
    {
      name: 'namespaceSelector with an expression',
      code: affinityDeployment(
        `${ZONE_AFFINITY}\n        namespaceSelector:\n          matchExpressions: [{key: team, operator: In, values: [payments]}]`,
      ),
    },
  ],
  invalid: [
    {
      name: 'In without values in a labelSelector',
      code: affinityDeployment(
        HOST_ANTI_AFFINITY.replace('matchLabels: {app: web}', 'matchExpressions: [{key: app, operator: In}]'),
      ),
      errors: [
        {
          messageId: 'valuesMissing',
          path: 'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchExpressions[0].values',
          line: 18,
          column: 36,
          message: "must be specified when `operator` is 'In' or 'NotIn'",
        },
      ],
      output: null,
    },
    {
      name: 'lower-case operator in a namespaceSelector is fixed',
      code: affinityPod(
        `${ZONE_AFFINITY}\n        namespaceSelector:\n          matchExpressions: [{key: team, operator: exists}]`,
      ),
      errors: [
        {
          messageId: 'operatorUnsupported',
          path: 'spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.namespaceSelector.matchExpressions[0].operator',
          line: 16,
          column: 46,
          message: '"Exists"',
        },
      ],
      output: affinityPod(
        `${ZONE_AFFINITY}\n        namespaceSelector:\n          matchExpressions: [{key: team, operator: Exists}]`,
      ),
    },
  ],
});
