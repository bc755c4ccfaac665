import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './rolling-update-stalled.js';

const containers = manifests.webContainer();
const withRollingUpdate = (settings: string, type = ''): string =>
  manifests.deployment(containers, {
    fields: `strategy:\n${type === '' ? '' : `  type: ${type}\n`}  rollingUpdate:\n${manifests.indent(settings, 4)}`,
  });

runRuleTests(rule, {
  valid: [
    { name: 'maxSurge 0 alone: maxUnavailable defaults to 25%', code: withRollingUpdate('maxSurge: 0') },
    { name: 'maxUnavailable 0 alone: maxSurge defaults to 25%', code: withRollingUpdate('maxUnavailable: 0') },
    { name: 'zero-downtime rollout', code: withRollingUpdate('maxSurge: 1\nmaxUnavailable: 0') },
    { name: 'percentages above zero', code: withRollingUpdate('maxSurge: "10%"\nmaxUnavailable: "0%"') },
    { name: 'null maxSurge is defaulted', code: withRollingUpdate('maxSurge: null\nmaxUnavailable: 0') },
  ],
  invalid: [
    {
      name: 'both integers zero',
      code: withRollingUpdate('maxSurge: 0\nmaxUnavailable: 0'),
      errors: [{ path: 'spec.strategy.rollingUpdate.maxUnavailable', line: 9, column: 7, messageId: 'bothZero' }],
      output: null,
    },
    {
      name: 'zero percent and zero, type RollingUpdate written',
      code: withRollingUpdate('maxUnavailable: "0%"\nmaxSurge: 0', 'RollingUpdate'),
      errors: [{ path: 'spec.strategy.rollingUpdate.maxUnavailable', line: 9, column: 7, messageId: 'bothZero' }],
    },
  ],
});
