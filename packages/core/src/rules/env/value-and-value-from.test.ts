import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './value-and-value-from.js';

const pod = (env: string): string => manifests.pod(manifests.webContainer(`env:\n${manifests.indent(env, 2)}`));

runRuleTests(rule, {
  valid: [
    { name: 'a literal value', code: pod('- name: LEVEL\n  value: debug') },
    { name: 'a secret key', code: pod('- name: PASSWORD\n  valueFrom:\n    secretKeyRef: {name: db, key: password}') },
    {
      name: 'an empty value beside valueFrom',
      code: pod('- name: PASSWORD\n  value: ""\n  valueFrom:\n    secretKeyRef: {name: db, key: password}'),
    },
  ],
  invalid: [
    {
      name: 'a value and a secret key',
      code: pod('- name: PASSWORD\n  value: changeme\n  valueFrom:\n    secretKeyRef: {name: db, key: password}'),
      errors: [
        { path: 'spec.containers[0].env[0].valueFrom', line: 12, column: 11, messageId: 'both', message: '"PASSWORD"' },
      ],
      output: null,
    },
    {
      name: 'a value and a field reference in a CronJob',
      code: manifests.cronJob(`restartPolicy: Never
containers:
  - name: task
    image: busybox:1.36
    env:
      - name: NODE
        value: local
        valueFrom:
          fieldRef: {fieldPath: spec.nodeName}`),
      errors: [
        {
          path: 'spec.jobTemplate.spec.template.spec.containers[0].env[0].valueFrom',
          line: 18,
          column: 19,
          messageId: 'both',
        },
      ],
    },
  ],
});
