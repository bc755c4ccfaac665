import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './traffic-distribution-unsupported.js';

const service = (value: string): string =>
  manifests.service(`trafficDistribution: ${value}\nselector: {app: web}\nports:\n  - port: 80`);

runRuleTests(rule, {
  valid: [
    { name: 'PreferClose', code: service('PreferClose') },
    { name: 'PreferSameNode from 1.34', code: service('PreferSameNode') },
  ],
  invalid: [
    {
      name: 'the wrong case',
      code: service('preferClose'),
      errors: [{ path: 'spec.trafficDistribution', line: 6, column: 3, messageId: 'unsupported' }],
      output: null,
    },
    {
      name: 'PreferSameZone before 1.34 (the oracle runs 1.37)',
      code: service('PreferSameZone'),
      kubernetesVersion: '1.33',
      oracle: 'skip',
      errors: [
        { path: 'spec.trafficDistribution', line: 6, column: 3, messageId: 'unsupported', message: '"PreferClose"' },
      ],
    },
  ],
});
