import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './rolling-update-leftover.js';

/** Deployment `api`: strategy lines (column 3) from line 6. */
const deployment = (strategy: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
${strategy}  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: example/api:1
`;

/** StatefulSet `db`: updateStrategy lines (column 3) from line 6. */
const statefulSet = (strategy: string): string => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
${strategy}  serviceName: db
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: db
          image: postgres:16
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'Recreate with the stored settings cleared',
      old: deployment(''),
      code: deployment('  strategy:\n    type: Recreate\n    rollingUpdate: null\n'),
    },
    {
      name: 'a Deployment switches to Recreate: its strategy is patched with retainKeys, so apply clears rollingUpdate',
      old: deployment(''),
      code: deployment('  strategy:\n    type: Recreate\n'),
    },
    {
      name: 'the old manifest wrote rollingUpdate, so dropping it removes it',
      old: deployment('  strategy:\n    type: RollingUpdate\n    rollingUpdate: {maxSurge: 1}\n'),
      code: deployment('  strategy:\n    type: Recreate\n'),
    },
    {
      name: 'RollingUpdate settings change',
      old: deployment(''),
      code: deployment('  strategy:\n    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}\n'),
    },
    {
      name: 'a StatefulSet moves to OnDelete with the settings cleared',
      old: statefulSet(''),
      code: statefulSet('  updateStrategy:\n    type: OnDelete\n    rollingUpdate: null\n'),
    },
  ],
  invalid: [
    {
      name: 'a StatefulSet switches to OnDelete while the defaulted rollingUpdate stays (reported at the strategy)',
      old: statefulSet(''),
      code: statefulSet('  updateStrategy:\n    type: OnDelete\n'),
      errors: [
        {
          path: 'spec.updateStrategy.rollingUpdate',
          line: 6,
          column: 3,
          message: "only allowed for updateStrategy 'RollingUpdate'",
        },
      ],
    },
  ],
});
