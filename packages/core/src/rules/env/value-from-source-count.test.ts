import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './value-from-source-count.js';

const pod = (env: string): string => manifests.pod(manifests.webContainer(`env:\n${manifests.indent(env, 2)}`));

runRuleTests(rule, {
  valid: [
    {
      name: 'one config map key',
      code: pod('- name: LEVEL\n  valueFrom:\n    configMapKeyRef: {name: app, key: level}'),
    },
    { name: 'a null valueFrom is no valueFrom', code: pod('- name: LEVEL\n  value: debug\n  valueFrom: null') },
    {
      name: 'a null source beside a real one',
      code: pod('- name: LEVEL\n  valueFrom:\n    configMapKeyRef: {name: app, key: level}\n    secretKeyRef: null'),
    },
  ],
  invalid: [
    {
      name: 'an empty valueFrom',
      code: pod('- name: LEVEL\n  valueFrom: {}'),
      errors: [{ path: 'spec.containers[0].env[0].valueFrom', line: 11, column: 11, messageId: 'none' }],
      output: null,
    },
    {
      name: 'two sources',
      code: pod(
        '- name: LEVEL\n  valueFrom:\n    configMapKeyRef: {name: app, key: level}\n    secretKeyRef: {name: app, key: level}',
      ),
      errors: [
        {
          path: 'spec.containers[0].env[0].valueFrom',
          line: 11,
          column: 11,
          messageId: 'several',
          message: 'configMapKeyRef and secretKeyRef',
        },
      ],
    },
  ],
});
