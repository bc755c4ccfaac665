import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './recreate-with-rolling-update.js';

const containers = manifests.webContainer();
const withStrategy = (strategy: string): string =>
  manifests.deployment(containers, { fields: `strategy:\n${manifests.indent(strategy, 2)}` });

runRuleTests(rule, {
  valid: [
    { name: 'Recreate alone', code: withStrategy('type: Recreate') },
    { name: 'Recreate with rollingUpdate: null', code: withStrategy('type: Recreate\nrollingUpdate: null') },
    { name: 'RollingUpdate with settings', code: withStrategy('type: RollingUpdate\nrollingUpdate: {maxSurge: 1}') },
    { name: 'no type defaults to RollingUpdate', code: withStrategy('rollingUpdate: {maxSurge: 1}') },
  ],
  invalid: [
    {
      name: 'Recreate with maxSurge',
      code: withStrategy('type: Recreate\nrollingUpdate:\n  maxSurge: 1'),
      errors: [{ path: 'spec.strategy.rollingUpdate', line: 8, column: 5, messageId: 'forbidden' }],
      output: null,
    },
    {
      name: 'Recreate with an empty rollingUpdate',
      code: withStrategy('rollingUpdate: {}\ntype: Recreate'),
      errors: [{ path: 'spec.strategy.rollingUpdate', line: 7, column: 5, messageId: 'forbidden' }],
    },
  ],
});
