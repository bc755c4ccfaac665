import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './workload-active-deadline-forbidden.js';

const apps = (kind: 'Deployment' | 'StatefulSet' | 'DaemonSet', deadline: string): string =>
  manifests.appsWorkload(kind, manifests.blocks(deadline, manifests.webContainer()));

const job = manifests.job(
  `restartPolicy: Never
activeDeadlineSeconds: 600
containers:
  - name: once
    image: busybox:1.36`,
  { name: 'once' },
);

runRuleTests(rule, {
  valid: [
    { name: 'a Deployment without a deadline', code: apps('Deployment', '') },
    { name: 'a Job template may set it', code: job },
  ],
  invalid: [
    {
      name: 'a Deployment is validated as a ReplicaSet',
      code: apps('Deployment', 'activeDeadlineSeconds: 600\n'),
      errors: [
        {
          path: 'spec.template.spec.activeDeadlineSeconds',
          line: 12,
          column: 7,
          message: 'activeDeadlineSeconds in ReplicaSet is not Supported',
        },
      ],
    },
    {
      name: 'a StatefulSet',
      code: apps('StatefulSet', 'activeDeadlineSeconds: 600\n'),
      errors: [
        {
          path: 'spec.template.spec.activeDeadlineSeconds',
          line: 12,
          column: 7,
          message: 'activeDeadlineSeconds in StatefulSet is not Supported',
        },
      ],
    },
    {
      name: 'a DaemonSet',
      code: apps('DaemonSet', 'activeDeadlineSeconds: 60\n'),
      errors: [
        {
          path: 'spec.template.spec.activeDeadlineSeconds',
          line: 12,
          column: 7,
          message: 'activeDeadlineSeconds in DaemonSet is not Supported',
        },
      ],
    },
  ],
});
