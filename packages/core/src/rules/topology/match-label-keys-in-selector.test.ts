import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './match-label-keys-in-selector.js';

const withKeys = (keys: string, selector = 'matchLabels: {app: web}'): string =>
  ZONE_SPREAD.replace('matchLabels: {app: web}', selector) + `\n  matchLabelKeys: ${keys}`;

runRuleTests(rule, {
  valid: [
    { name: 'pod-template-hash in a Deployment', code: spreadDeployment(withKeys('[pod-template-hash]')) },
    { name: 'a key the Pod does not carry is not merged (1.34+)', code: spreadPod(withKeys('[version]')) },
    { name: 'a selector key the Pod lacks is not merged (1.34+)', code: spreadPod(withKeys('[app]'), '{tier: web}') },
  ],
  invalid: [
    {
      name: 'key in matchLabels and in the Pod labels: merged, then refused',
      code: spreadPod(withKeys('[app]')),
      errors: [
        {
          path: 'spec.topologySpreadConstraints[0].matchLabelKeys[0]',
          line: 13,
          column: 24,
          message: "with the pod's own value and then refuses the Pod",
          oracleField: 'spec.topologySpreadConstraints[0][0]',
        },
      ],
      output: null,
    },
    {
      name: 'duplicate matchLabelKeys entry: the second merged copy clashes with the first (last index reported)',
      code: spreadPod(withKeys('[version, version]', 'matchLabels: {app: web}'), '{app: web, version: v2}'),
      errors: [
        {
          path: 'spec.topologySpreadConstraints[0].matchLabelKeys[1]',
          line: 13,
          column: 33,
          oracleField: 'spec.topologySpreadConstraints[0][1]',
        },
      ],
    },
    {
      name: 'Deployment is accepted but every Pod it creates is refused (oracle accepts the template)',
      code: spreadDeployment(withKeys('[app]')),
      oracle: 'accept',
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].matchLabelKeys[0]',
          line: 19,
          column: 28,
          message: 'no pod ever runs',
        },
      ],
    },
    {
      name: 'key in matchLabels and matchExpressions of a template is refused without a merge',
      code: spreadDeployment(
        withKeys('[app]', 'matchLabels: {app: web}\n    matchExpressions: [{key: app, operator: In, values: [web]}]'),
      ),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].matchLabelKeys[0]',
          line: 20,
          column: 28,
          message: 'the API server refuses the object',
          oracleField: 'spec.template.spec.topologySpreadConstraints[0][0]',
        },
      ],
    },
    {
      name: 'legacy check on 1.33 refuses the overlap even when the Pod lacks the label (oracle skipped: it judges 1.37 only)',
      code: spreadPod(withKeys('[app]'), '{tier: web}'),
      kubernetesVersion: '1.33',
      oracle: 'skip',
      errors: [
        {
          path: 'spec.topologySpreadConstraints[0].matchLabelKeys[0]',
          line: 13,
          column: 24,
          message: 'the API server refuses the object',
        },
      ],
    },
  ],
});
