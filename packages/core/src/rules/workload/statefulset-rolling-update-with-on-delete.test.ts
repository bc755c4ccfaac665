import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './statefulset-rolling-update-with-on-delete.js';

const containers = manifests.webContainer();
const statefulSet = (strategy: string): string =>
  manifests.statefulSet(containers, { fields: `serviceName: web\nupdateStrategy:\n${manifests.indent(strategy, 2)}` });

runRuleTests(rule, {
  valid: [
    { name: 'OnDelete alone', code: statefulSet('type: OnDelete') },
    { name: 'RollingUpdate with a partition', code: statefulSet('type: RollingUpdate\nrollingUpdate: {partition: 2}') },
  ],
  invalid: [
    {
      name: 'OnDelete with a partition',
      code: statefulSet('type: OnDelete\nrollingUpdate:\n  partition: 0'),
      errors: [{ path: 'spec.updateStrategy.rollingUpdate', line: 9, column: 5, messageId: 'invalid' }],
      output: null,
    },
  ],
});
