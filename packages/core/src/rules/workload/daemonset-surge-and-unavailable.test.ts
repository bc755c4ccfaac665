import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './daemonset-surge-and-unavailable.js';

const containers = manifests.webContainer();
const daemonSet = (settings: string): string =>
  manifests.daemonSet(containers, { fields: `updateStrategy:\n  rollingUpdate:\n${manifests.indent(settings, 4)}` });

runRuleTests(rule, {
  valid: [
    { name: 'defaults', code: manifests.daemonSet(containers) },
    { name: 'surge first', code: daemonSet('maxSurge: 1\nmaxUnavailable: 0') },
    { name: 'unavailable first as a percentage', code: daemonSet('maxUnavailable: 20%') },
    { name: 'OnDelete', code: manifests.daemonSet(containers, { fields: 'updateStrategy:\n  type: OnDelete' }) },
  ],
  invalid: [
    {
      name: 'maxSurge alone meets the default maxUnavailable',
      code: daemonSet('maxSurge: 1'),
      errors: [
        {
          path: 'spec.updateStrategy.rollingUpdate.maxSurge',
          line: 8,
          column: 7,
          messageId: 'both',
          message: '(1 by default)',
        },
      ],
      output: null,
    },
    {
      name: 'both zero',
      code: daemonSet('maxSurge: 0%\nmaxUnavailable: 0'),
      errors: [{ path: 'spec.updateStrategy.rollingUpdate.maxUnavailable', line: 9, column: 7, messageId: 'neither' }],
    },
  ],
});
