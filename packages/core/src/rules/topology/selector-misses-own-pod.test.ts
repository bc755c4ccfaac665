import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './selector-misses-own-pod.js';

const withSelector = (selector: string): string => ZONE_SPREAD.replace('matchLabels: {app: web}', selector);

runRuleTests(rule, {
  valid: [
    { name: 'selector matches the template labels', code: spreadDeployment(ZONE_SPREAD) },
    {
      name: 'expressions that match',
      code: spreadPod(
        withSelector(
          'matchExpressions:\n      - {key: app, operator: In, values: [web, api]}\n      - {key: canary, operator: DoesNotExist}',
        ),
        '{app: web, tier: frontend}',
      ),
    },
    {
      name: 'a controller-added key cannot be judged',
      code: spreadDeployment(withSelector('matchLabels: {app: web, pod-template-hash: 5d9f8b7c6}')),
    },
    {
      name: 'matchLabelKeys always match the pod itself',
      code: spreadDeployment(`${ZONE_SPREAD}\n  matchLabelKeys: [pod-template-hash]`),
    },
    {
      name: 'no selector is the warning of topology/null-label-selector',
      code: spreadPod(ZONE_SPREAD.replace('\n  labelSelector:\n    matchLabels: {app: web}', '')),
    },
  ],
  invalid: [
    {
      name: 'selector names another app',
      code: spreadDeployment(withSelector('matchLabels: {app: api}')),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].labelSelector',
          line: 17,
          column: 11,
          message: 'matchLabels app=api (the pods have app=web)',
        },
      ],
      output: null,
    },
    {
      name: 'selector requires a label the Pod lacks',
      code: spreadPod(withSelector('matchLabels: {app: web, tier: frontend}')),
      errors: [
        { path: 'spec.topologySpreadConstraints[0].labelSelector', line: 11, column: 7, message: 'no tier label' },
      ],
    },
    {
      name: 'NotIn excludes the pods themselves',
      code: spreadPod(withSelector('matchExpressions:\n      - {key: app, operator: NotIn, values: [web]}')),
      errors: [
        {
          path: 'spec.topologySpreadConstraints[0].labelSelector',
          line: 11,
          column: 7,
          message: 'the expression app NotIn (web)',
        },
      ],
    },
  ],
});
