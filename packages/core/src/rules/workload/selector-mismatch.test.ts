import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './selector-mismatch.js';

const workload = (kind: string, selector: string, labels: string, extra = ''): string => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: web
spec:
${extra}  selector:
${selector}
  template:
    metadata:
      labels:
${labels}
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

const replicationController = (selector: string, labels: string): string => `apiVersion: v1
kind: ReplicationController
metadata:
  name: web
spec:
  replicas: 1
  selector: ${selector}
  template:
    metadata:
      labels: ${labels}
    spec:
      containers: [{name: web, image: nginx:1.27}]
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'a ReplicationController without a selector: it is defaulted to the template labels',
      code: replicationController('{}', '{app: web}'),
    },
    {
      name: 'a ReplicationController whose template carries its selector',
      code: replicationController('{app: web}', '{app: web, tier: frontend}'),
    },
    {
      name: 'Deployment whose template carries the selector labels and more',
      code: workload('Deployment', '    matchLabels:\n      app: web', '        app: web\n        tier: frontend'),
    },
    {
      name: 'a manual Job whose template carries its selector',
      code: 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: backup}\nspec:\n  manualSelector: true\n  selector: {matchLabels: {app: backup}}\n  template:\n    metadata:\n      labels: {app: backup}\n    spec:\n      restartPolicy: Never\n      containers: [{name: backup, image: busybox}]\n',
    },
    {
      name: 'matchExpressions In and Exists',
      code: workload(
        'DaemonSet',
        '    matchExpressions:\n      - {key: app, operator: In, values: [web, api]}\n      - {key: tier, operator: Exists}',
        '        app: web\n        tier: x',
      ),
    },
    {
      name: 'NotIn and DoesNotExist',
      code: workload(
        'ReplicaSet',
        '    matchExpressions:\n      - {key: app, operator: NotIn, values: [db]}\n      - {key: legacy, operator: DoesNotExist}\n    matchLabels:\n      app: web',
        '        app: web',
      ),
    },
  ],
  invalid: [
    {
      name: 'a Deployment without template: no labels match the selector',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n',
      errors: [{ path: 'spec.template.metadata.labels', line: 4, column: 1, messageId: 'selectorMismatch' }],
    },
    {
      name: 'a manual Job whose template labels miss its selector',
      code: 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: backup}\nspec:\n  manualSelector: true\n  selector: {matchLabels: {app: backup}}\n  template:\n    metadata:\n      labels: {app: restore}\n    spec:\n      restartPolicy: Never\n      containers: [{name: backup, image: busybox}]\n',
      errors: [{ path: 'spec.template.metadata.labels', line: 9, column: 7, messageId: 'selectorMismatch' }],
    },
    {
      name: 'a DaemonSet without selector selects no pods',
      code: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec:\n  template:\n    metadata:\n      labels: {app: agent}\n    spec:\n      containers: [{name: agent, image: busybox}]\n',
      errors: [{ path: 'spec.template.metadata.labels', line: 7, column: 7, messageId: 'selectorMismatch' }],
    },
    {
      name: 'a ReplicationController whose template labels miss a selector label',
      code: replicationController('{app: web, tier: frontend}', '{app: web}'),
      errors: [{ path: 'spec.template.metadata.labels', line: 10, column: 7, messageId: 'selectorMismatch' }],
    },
    {
      name: 'Deployment whose template labels differ from the selector',
      code: workload('Deployment', '    matchLabels:\n      app: web', '        app: frontend'),
      errors: [
        {
          path: 'spec.template.metadata.labels',
          line: 11,
          column: 7,
          message: 'selector does not match template labels',
        },
      ],
      output: null,
    },
    {
      name: 'StatefulSet with an In expression the label does not satisfy',
      code: workload(
        'StatefulSet',
        '    matchExpressions:\n      - {key: app, operator: In, values: [api]}',
        '        app: web',
        '  serviceName: web\n',
      ),
      errors: [{ path: 'spec.template.metadata.labels', line: 12, column: 7 }],
    },
  ],
});
