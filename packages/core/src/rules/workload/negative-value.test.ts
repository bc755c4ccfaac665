import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './negative-value.js';

const containers = manifests.webContainer();

runRuleTests(rule, {
  valid: [
    {
      name: 'zero replicas and zero history',
      code: manifests.deployment(containers, { fields: 'replicas: 0\nrevisionHistoryLimit: 0\nminReadySeconds: 0' }),
    },
    {
      name: "a StatefulSet's negative revisionHistoryLimit, which its validation does not check",
      code: manifests.statefulSet(containers, { fields: 'serviceName: web\nrevisionHistoryLimit: -1' }),
    },
    {
      name: 'a StatefulSet starting at ordinal 0',
      code: manifests.statefulSet(containers, { fields: 'serviceName: web\nordinals: {start: 0}' }),
    },
    {
      name: 'a StatefulSet with a negative revisionHistoryLimit: its validation does not check it',
      code: manifests.statefulSet(containers, { fields: 'serviceName: web\nrevisionHistoryLimit: -1' }),
    },
  ],
  invalid: [
    {
      name: 'negative Deployment replicas and history',
      code: manifests.deployment(containers, { fields: 'replicas: -1\nrevisionHistoryLimit: -2' }),
      errors: [
        { path: 'spec.replicas', line: 6, column: 3, messageId: 'negative' },
        { path: 'spec.revisionHistoryLimit', line: 7, column: 3, messageId: 'negative' },
      ],
      output: null,
    },
    {
      name: 'a StatefulSet ordinal start below zero',
      code: manifests.statefulSet(containers, { fields: 'serviceName: web\nordinals:\n  start: -1' }),
      errors: [{ path: 'spec.ordinals.start', line: 8, column: 5, messageId: 'negative' }],
    },
    {
      name: 'DaemonSet minReadySeconds',
      code: manifests.daemonSet(containers, { fields: 'minReadySeconds: -5' }),
      errors: [{ path: 'spec.minReadySeconds', line: 6, column: 3 }],
    },
    {
      name: 'ReplicationController replicas',
      code: manifests.replicationController(containers, { fields: 'replicas: -3' }),
      errors: [{ path: 'spec.replicas', line: 6, column: 3 }],
    },
  ],
});
