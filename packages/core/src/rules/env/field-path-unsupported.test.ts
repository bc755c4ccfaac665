import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './field-path-unsupported.js';

const pod = (fieldRef: string): string =>
  manifests.pod(manifests.webContainer(`env:\n  - name: VALUE\n    valueFrom:\n      fieldRef: ${fieldRef}`));

runRuleTests(rule, {
  valid: [
    { name: 'the pod IP', code: pod('{fieldPath: status.podIP}') },
    { name: 'the pod IPs with an explicit v1', code: pod('{apiVersion: v1, fieldPath: status.podIPs}') },
    { name: 'one label', code: pod('{fieldPath: "metadata.labels[\'app.kubernetes.io/name\']"}') },
    {
      name: 'one annotation with capitals (compared in lower case)',
      code: pod('{fieldPath: "metadata.annotations[\'Example.com/Owner\']"}'),
    },
    { name: 'the old spec.host name of spec.nodeName', code: pod('{fieldPath: spec.host}') },
    { name: 'the service account', code: pod('{fieldPath: spec.serviceAccountName}') },
  ],
  invalid: [
    {
      name: 'a field the downward API does not know',
      code: pod('{fieldPath: status.ip}'),
      errors: [
        {
          path: 'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath',
          line: 12,
          column: 24,
          messageId: 'unknown',
          message: 'not a pod field',
        },
      ],
      output: null,
    },
    {
      name: 'all labels cannot go into one variable',
      code: pod('{fieldPath: metadata.labels}'),
      errors: [
        {
          path: 'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath',
          line: 12,
          column: 24,
          messageId: 'unsupported',
        },
      ],
    },
    {
      name: 'status.phase is known but not for env',
      code: pod('{fieldPath: status.phase}'),
      errors: [
        {
          path: 'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath',
          line: 12,
          column: 24,
          messageId: 'unsupported',
        },
      ],
    },
    {
      name: 'a subscript on a field that has none',
      code: pod('{fieldPath: "spec.nodeName[\'x\']"}'),
      errors: [
        {
          path: 'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath',
          line: 12,
          column: 24,
          messageId: 'unknown',
          message: 'does not support a subscript',
        },
      ],
    },
    {
      name: 'a label key that is not a label key',
      code: pod('{fieldPath: "metadata.labels[\'bad key\']"}'),
      errors: [{ path: 'spec.containers[0].env[0].valueFrom.fieldRef', line: 12, column: 13, messageId: 'subscript' }],
    },
    {
      name: 'an apiVersion other than v1',
      code: pod('{apiVersion: apps/v1, fieldPath: metadata.name}'),
      errors: [
        {
          path: 'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath',
          line: 12,
          column: 45,
          messageId: 'unknown',
          message: 'apiVersion',
        },
      ],
    },
  ],
});
