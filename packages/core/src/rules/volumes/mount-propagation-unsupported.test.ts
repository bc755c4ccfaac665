import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './mount-propagation-unsupported.js';

const pod = (mount: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer(`volumeMounts:\n  - {name: data, mountPath: /data, ${mount}}`),
      'volumes:\n  - name: data\n    emptyDir: {}',
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'HostToContainer', code: pod('mountPropagation: HostToContainer') },
    { name: 'None', code: pod('mountPropagation: None') },
  ],
  invalid: [
    {
      name: 'a mode in the wrong case',
      code: pod('mountPropagation: hostToContainer'),
      errors: [
        { path: 'spec.containers[0].volumeMounts.mountPropagation', line: 9, column: 7, messageId: 'unsupported' },
      ],
      output: pod('mountPropagation: HostToContainer'),
    },
    {
      name: 'no mode at all',
      code: pod('mountPropagation: Shared'),
      errors: [
        { path: 'spec.containers[0].volumeMounts.mountPropagation', line: 9, column: 7, messageId: 'unsupported' },
      ],
      output: null,
    },
  ],
});
