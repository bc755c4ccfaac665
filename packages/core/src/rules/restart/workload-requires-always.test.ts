import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './workload-requires-always.js';

const apps = (kind: 'Deployment' | 'StatefulSet' | 'DaemonSet', policy: string): string =>
  manifests.appsWorkload(kind, manifests.blocks(policy, manifests.webContainer()));

const replicationController = (policy: string): string =>
  manifests.replicationController(manifests.blocks(policy, manifests.webContainer()), { fields: 'replicas: 2' });

const job = manifests.job(
  `restartPolicy: Never
containers:
  - name: once
    image: busybox:1.36`,
  { name: 'once' },
);

runRuleTests(rule, {
  valid: [
    { name: 'Deployment without restartPolicy (defaults to Always)', code: apps('Deployment', '') },
    { name: 'DaemonSet with Always', code: apps('DaemonSet', 'restartPolicy: Always\n') },
    { name: "a Job is not this rule's", code: job },
  ],
  invalid: [
    {
      name: 'Deployment with OnFailure is fixed to Always',
      code: apps('Deployment', 'restartPolicy: OnFailure\n'),
      errors: [{ path: 'spec.template.spec.restartPolicy', line: 12, column: 7, message: 'accepts only "Always"' }],
      output: apps('Deployment', 'restartPolicy: Always\n'),
    },
    {
      name: 'StatefulSet with a lower-case always',
      code: apps('StatefulSet', 'restartPolicy: always\n'),
      errors: [
        { path: 'spec.template.spec.restartPolicy', line: 12, column: 7, message: 'not a restart policy at all' },
      ],
      output: apps('StatefulSet', 'restartPolicy: Always\n'),
    },
    {
      name: 'ReplicationController with Never',
      code: replicationController('restartPolicy: Never\n'),
      errors: [{ path: 'spec.template.spec.restartPolicy', line: 12, column: 7, message: 'ReplicationController' }],
      output: replicationController('restartPolicy: Always\n'),
    },
  ],
});
