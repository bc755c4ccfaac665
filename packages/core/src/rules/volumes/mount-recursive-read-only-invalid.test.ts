import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './mount-recursive-read-only-invalid.js';

const pod = (mount: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer(`volumeMounts:\n  - {name: data, mountPath: /data, ${mount}}`),
      'volumes:\n  - name: data\n    emptyDir: {}',
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'read-only and recursive', code: pod('readOnly: true, recursiveReadOnly: Enabled') },
    { name: 'Disabled needs nothing', code: pod('recursiveReadOnly: Disabled') },
    {
      name: 'IfPossible with propagation None',
      code: pod('readOnly: true, recursiveReadOnly: IfPossible, mountPropagation: None'),
    },
  ],
  invalid: [
    {
      name: 'a mode in the wrong case',
      code: pod('readOnly: true, recursiveReadOnly: enabled'),
      errors: [
        { path: 'spec.containers[0].volumeMounts.recursiveReadOnly', line: 9, column: 7, messageId: 'unsupported' },
      ],
      output: pod('readOnly: true, recursiveReadOnly: Enabled'),
    },
    {
      name: 'no mode at all',
      code: pod('recursiveReadOnly: Always'),
      errors: [
        { path: 'spec.containers[0].volumeMounts.recursiveReadOnly', line: 9, column: 7, messageId: 'unsupported' },
      ],
      output: null,
    },
    {
      name: 'Enabled without readOnly',
      code: pod('recursiveReadOnly: Enabled'),
      errors: [
        { path: 'spec.containers[0].volumeMounts.recursiveReadOnly', line: 9, column: 7, messageId: 'notReadOnly' },
      ],
      output: null,
    },
    {
      name: 'IfPossible with HostToContainer propagation',
      code: pod('readOnly: true, recursiveReadOnly: IfPossible, mountPropagation: HostToContainer'),
      errors: [
        { path: 'spec.containers[0].volumeMounts.recursiveReadOnly', line: 9, column: 7, messageId: 'propagation' },
      ],
    },
  ],
});
