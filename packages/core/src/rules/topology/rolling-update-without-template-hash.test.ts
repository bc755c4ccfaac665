import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, spreadPod, ZONE_SPREAD } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './rolling-update-without-template-hash.js';

runRuleTests(rule, {
  valid: [
    { name: 'with pod-template-hash', code: spreadDeployment(`${ZONE_SPREAD}\n  matchLabelKeys: [pod-template-hash]`) },
    { name: 'Recreate strategy', code: spreadDeployment(ZONE_SPREAD, { strategy: 'Recreate' }) },
    { name: 'bare Pod', code: spreadPod(ZONE_SPREAD) },
  ],
  invalid: [
    {
      name: 'rolling Deployment without pod-template-hash (reported at the constraint)',
      code: spreadDeployment(ZONE_SPREAD),
      errors: [
        {
          path: 'spec.template.spec.topologySpreadConstraints[0].matchLabelKeys',
          line: 14,
          column: 11,
          message: 'matchLabelKeys: [pod-template-hash]',
        },
      ],
      output: null,
    },
    {
      name: 'other matchLabelKeys do not separate revisions',
      code: spreadDeployment(`${ZONE_SPREAD}\n  matchLabelKeys: [version]`, { labels: '{app: web, version: v2}' }),
      errors: [{ path: 'spec.template.spec.topologySpreadConstraints[0].matchLabelKeys', line: 19, column: 11 }],
    },
  ],
});
