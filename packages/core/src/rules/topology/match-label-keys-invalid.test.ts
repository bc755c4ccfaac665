import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './match-label-keys-invalid.js';

const NO_SELECTOR = ZONE_SPREAD.replace('\n  labelSelector:\n    matchLabels: {app: web}', '');

runRuleTests(rule, {
  valid: [
    {
      name: 'plain and prefixed keys',
      code: spreadDeployment(`${ZONE_SPREAD}\n  matchLabelKeys: [pod-template-hash, app.kubernetes.io/version]`),
    },
    {
      name: 'without a selector 1.37 only refuses the field as a whole',
      code: spreadPod(`${NO_SELECTOR}\n  matchLabelKeys: ["app name"]`),
      oracle: 'reject',
    },
  ],
  invalid: [
    {
      name: 'key with a space',
      code: spreadDeployment(`${ZONE_SPREAD}\n  matchLabelKeys: [pod-template-hash, "app name"]`),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].matchLabelKeys[1]',
          line: 19,
          column: 47,
          message:
            "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
        },
      ],
      output: null,
    },
    {
      name: 'empty prefix',
      code: spreadPod(`${ZONE_SPREAD}\n  matchLabelKeys:\n    - /version`),
      errors: [
        {
          path: 'spec.topologySpreadConstraints[0].matchLabelKeys[0]',
          line: 14,
          column: 11,
          message: 'prefix part must be non-empty',
        },
      ],
    },
    {
      name: 'without a selector 1.33 checks the keys too (oracle skipped: it judges 1.37 only)',
      code: spreadPod(`${NO_SELECTOR}\n  matchLabelKeys: ["app name"]`),
      kubernetesVersion: '1.33',
      oracle: 'skip',
      errors: [{ path: 'spec.topologySpreadConstraints[0].matchLabelKeys[0]', line: 11, column: 24 }],
    },
  ],
});
