import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './mount-propagation-unprivileged.js';

const pod = (mount: string, securityContext = ''): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer(
        manifests.blocks(`volumeMounts:\n  - {name: host, mountPath: /host, ${mount}}`, securityContext),
      ),
      'volumes:\n  - name: host\n    hostPath: {path: /var/lib/kubelet}',
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'HostToContainer needs no privilege', code: pod('mountPropagation: HostToContainer') },
    {
      name: 'Bidirectional in a privileged container',
      code: pod('mountPropagation: Bidirectional', 'securityContext: {privileged: true}'),
    },
  ],
  invalid: [
    {
      name: 'Bidirectional without privilege',
      code: pod('mountPropagation: Bidirectional'),
      errors: [
        { path: 'spec.containers[0].volumeMounts.mountPropagation', line: 9, column: 7, messageId: 'unprivileged' },
      ],
      output: null,
    },
    {
      name: 'Bidirectional with privileged false',
      code: pod('mountPropagation: Bidirectional', 'securityContext: {privileged: false}'),
      errors: [
        { path: 'spec.containers[0].volumeMounts.mountPropagation', line: 9, column: 7, messageId: 'unprivileged' },
      ],
    },
  ],
});
