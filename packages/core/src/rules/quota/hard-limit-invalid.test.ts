import { runRuleTests } from '../../../test/support/rule-tester.js';
import { resourceQuota } from '../../../test/fixtures/quota/manifests.js';
import rule from './hard-limit-invalid.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'fractional cpu, whole counts',
      code: resourceQuota('hard:\n  requests.cpu: 500m\n  pods: "10"\n  services: 1e1'),
    },
  ],
  invalid: [
    {
      name: 'a negative memory limit',
      code: resourceQuota('hard:\n  limits.memory: -1Gi'),
      errors: [{ path: 'spec.hard[limits.memory]', line: 8, column: 5, messageId: 'negative' }],
      output: null,
    },
    {
      name: 'half a pod',
      code: resourceQuota('hard:\n  pods: "0.5"'),
      errors: [{ path: 'spec.hard.pods', line: 8, column: 5, messageId: 'notInteger', oracleField: 'spec.hard[pods]' }],
    },
  ],
});
