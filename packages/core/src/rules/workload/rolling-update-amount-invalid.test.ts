import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './rolling-update-amount-invalid.js';

const containers = manifests.webContainer();
const deployment = (settings: string): string =>
  manifests.deployment(containers, { fields: `strategy:\n  rollingUpdate:\n${manifests.indent(settings, 4)}` });
const daemonSet = (settings: string): string =>
  manifests.daemonSet(containers, { fields: `updateStrategy:\n  rollingUpdate:\n${manifests.indent(settings, 4)}` });

const statefulSet = (settings: string): string =>
  manifests.statefulSet(containers, {
    fields: `serviceName: web\nupdateStrategy:\n  rollingUpdate:\n${manifests.indent(settings, 4)}`,
  });

runRuleTests(rule, {
  valid: [
    { name: 'numbers and percentages', code: deployment('maxSurge: 2\nmaxUnavailable: "25%"') },
    { name: 'a Deployment may surge above 100%', code: deployment('maxSurge: 200%\nmaxUnavailable: 0') },
    { name: 'a DaemonSet unavailable-first', code: daemonSet('maxUnavailable: 10%') },
    { name: 'a StatefulSet taking down a quarter of its pods', code: statefulSet('maxUnavailable: 25%') },
    {
      name: 'before 1.37 the API server drops a StatefulSet maxUnavailable (older releases: the oracle judges 1.37 only)',
      code: statefulSet('maxUnavailable: 0'),
      kubernetesVersion: '1.36',
      oracle: 'skip',
    },
    {
      name: 'Recreate does not validate the amounts',
      code: manifests.deployment(containers, { fields: 'strategy:\n  type: Recreate' }),
    },
  ],
  invalid: [
    {
      name: 'a quoted number is written as a number',
      code: deployment('maxSurge: "1"'),
      errors: [{ path: 'spec.strategy.rollingUpdate.maxSurge', line: 8, column: 7, messageId: 'format' }],
      output: deployment('maxSurge: 1'),
    },
    {
      name: 'a StatefulSet maxUnavailable of 0',
      code: statefulSet('maxUnavailable: 0'),
      errors: [{ path: 'spec.updateStrategy.rollingUpdate.maxUnavailable', line: 9, column: 7, messageId: 'zero' }],
    },
    {
      name: 'a StatefulSet maxUnavailable of -1',
      code: statefulSet('maxUnavailable: -1'),
      errors: [{ path: 'spec.updateStrategy.rollingUpdate.maxUnavailable', line: 9, column: 7, messageId: 'negative' }],
    },
    {
      name: 'a negative number',
      code: deployment('maxUnavailable: -1'),
      errors: [{ path: 'spec.strategy.rollingUpdate.maxUnavailable', line: 8, column: 7, messageId: 'negative' }],
      output: null,
    },
    {
      name: 'an empty maxUnavailable on update: defaulting fills only an absent amount, so the merged object keeps ""',
      code: deployment('maxUnavailable: ""'),
      old: deployment('maxUnavailable: 0'),
      errors: [{ path: 'spec.strategy.rollingUpdate.maxUnavailable', line: 8, column: 7, messageId: 'format' }],
    },
    {
      name: 'maxUnavailable above 100%',
      code: deployment('maxUnavailable: 150%'),
      errors: [{ path: 'spec.strategy.rollingUpdate.maxUnavailable', line: 8, column: 7, messageId: 'over100' }],
    },
    {
      name: 'a DaemonSet maxSurge above 100%',
      code: daemonSet('maxSurge: 120%\nmaxUnavailable: 0'),
      errors: [{ path: 'spec.updateStrategy.rollingUpdate.maxSurge', line: 8, column: 7, messageId: 'over100' }],
    },
  ],
});
