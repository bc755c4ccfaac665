import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './match-label-keys-not-in-labels.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'pod-template-hash is added by the Deployment controller',
      code: spreadDeployment(`${ZONE_SPREAD}\n  matchLabelKeys: [pod-template-hash]`),
    },
    {
      name: 'a template label',
      code: spreadDeployment(`${ZONE_SPREAD}\n  matchLabelKeys: [version]`, { labels: '{app: web, version: v2}' }),
    },
    {
      name: "on 1.33 a key the selector also constrains is refused: topology/match-label-keys-in-selector's (oracle skipped: it judges 1.37 only)",
      code: spreadPod(`${ZONE_SPREAD}\n  matchLabelKeys: [app]`, '{tier: web}'),
      kubernetesVersion: '1.33',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'a key the template lacks',
      code: spreadDeployment(`${ZONE_SPREAD}\n  matchLabelKeys: [version]`),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].matchLabelKeys[0]',
          line: 19,
          column: 28,
          message: 'the scheduler ignores it',
        },
      ],
      output: null,
    },
    {
      name: 'pod-template-hash on a bare Pod',
      code: spreadPod(`${ZONE_SPREAD}\n  matchLabelKeys:\n    - pod-template-hash`),
      errors: [
        {
          path: 'spec.topologySpreadConstraints[0].matchLabelKeys[0]',
          line: 14,
          column: 11,
          message: 'not a label of the pod',
        },
      ],
    },
  ],
});
