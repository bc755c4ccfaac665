import { itSendsTheSameWarnings } from '../../../test/support/api-warnings.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './null-label-selector.js';

const NO_SELECTOR = ZONE_SPREAD.replace('\n  labelSelector:\n    matchLabels: {app: web}', '');

runRuleTests(rule, {
  valid: [
    { name: 'with a selector', code: spreadPod(ZONE_SPREAD) },
    { name: 'an empty selector matches every pod', code: spreadDeployment(`${NO_SELECTOR}\n  labelSelector: {}`) },
  ],
  invalid: [
    {
      name: 'no selector in a Deployment (reported at the constraint)',
      code: spreadDeployment(NO_SELECTOR),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].labelSelector',
          line: 14,
          column: 11,
          message:
            'spec.template.spec.topologySpreadConstraints[0].labelSelector: a null labelSelector results in matching no pod',
        },
      ],
      output: null,
    },
    {
      name: 'explicit null on a Pod suggests its labels',
      code: spreadPod(`${NO_SELECTOR}\n  labelSelector: null`, '{app: web, tier: frontend}'),
      errors: [
        {
          path: 'spec.topologySpreadConstraints[0].labelSelector',
          line: 11,
          column: 7,
          message: 'labelSelector: {matchLabels: {app: web, tier: frontend}}',
        },
      ],
    },
  ],
});

itSendsTheSameWarnings(rule, [
  { name: 'no selector in a Deployment', code: spreadDeployment(NO_SELECTOR) },
  { name: 'no selector on a Pod', code: spreadPod(NO_SELECTOR) },
]);
