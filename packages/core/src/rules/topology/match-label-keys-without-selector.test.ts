import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './match-label-keys-without-selector.js';

const NO_SELECTOR = ZONE_SPREAD.replace('\n  labelSelector:\n    matchLabels: {app: web}', '');

runRuleTests(rule, {
  valid: [
    {
      name: 'matchLabelKeys with a selector',
      code: spreadDeployment(`${ZONE_SPREAD}\n  matchLabelKeys: [pod-template-hash]`),
    },
    { name: 'empty matchLabelKeys without a selector', code: spreadPod(`${NO_SELECTOR}\n  matchLabelKeys: []`) },
  ],
  invalid: [
    {
      name: 'matchLabelKeys without a selector in a Deployment',
      code: spreadDeployment(`${NO_SELECTOR}\n  matchLabelKeys: [pod-template-hash]`),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].matchLabelKeys',
          line: 17,
          column: 11,
          message: 'must not be specified when labelSelector is not set',
        },
      ],
      output: null,
    },
    {
      name: 'matchLabelKeys with a null selector on a Pod',
      code: spreadPod(`${NO_SELECTOR}\n  labelSelector: null\n  matchLabelKeys: [app]`),
      errors: [{ path: 'spec.topologySpreadConstraints[0].matchLabelKeys', line: 12, column: 7 }],
    },
  ],
});
