import { claimTemplate } from '../../../test/fixtures/dra/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './template-metadata-forbidden.js';

const devices = 'requests:\n  - name: gpu\n    exactly: {deviceClassName: gpu.example.com}';

runRuleTests(rule, {
  valid: [
    { name: 'labels and annotations', code: claimTemplate(devices, 'labels: {app: web}\nannotations: {note: x}') },
    { name: 'an empty name', code: claimTemplate(devices, 'name: ""') },
    { name: 'zero values count as unset', code: claimTemplate(devices, 'generation: 0\ncreationTimestamp: null') },
  ],
  invalid: [
    {
      name: 'a name',
      code: claimTemplate(devices, 'name: gpu-claim'),
      errors: [{ path: 'spec.metadata.name', line: 7, column: 5, messageId: 'forbidden' }],
      output: null,
    },
    {
      name: 'a uid, at its key (the API server names it uID)',
      code: claimTemplate(devices, 'uid: 0b5a8c1e-1111-2222-3333-444455556666'),
      errors: [
        { path: 'spec.metadata.uid', line: 7, column: 5, messageId: 'forbidden', oracleField: 'spec.metadata.uID' },
      ],
    },
    {
      name: 'finalizers and managed fields',
      code: claimTemplate(devices, 'finalizers: [example.com/keep]\nmanagedFields: [{manager: kubectl}]'),
      errors: [
        { path: 'spec.metadata.finalizers', line: 7, column: 5, messageId: 'forbidden' },
        { path: 'spec.metadata.managedFields', line: 8, column: 5, messageId: 'forbidden' },
      ],
    },
    {
      name: 'an empty list is set: it decodes to an empty slice, not nil',
      code: claimTemplate(devices, 'finalizers: []'),
      errors: [{ path: 'spec.metadata.finalizers', line: 7, column: 5, messageId: 'forbidden' }],
    },
  ],
});
