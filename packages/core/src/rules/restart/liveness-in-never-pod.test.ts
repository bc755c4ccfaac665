import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './liveness-in-never-pod.js';

const pod = (policy: string, container: string): string =>
  manifests.pod(
    manifests.blocks(
      `restartPolicy: ${policy}
initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
    livenessProbe:
      tcpSocket: {port: 9901}
containers:
  - name: task
    image: example/task:1.0`,
      manifests.indent(container, 4),
    ),
    { name: 'task' },
  );

const LIVENESS = 'livenessProbe:\n  exec: {command: [cat, /tmp/healthy]}\n';

runRuleTests(rule, {
  valid: [
    { name: 'OnFailure restarts the container (and a sidecar is always restarted)', code: pod('OnFailure', LIVENESS) },
    { name: 'Never without probes', code: pod('Never', '') },
    {
      name: 'a readiness probe does not kill',
      code: pod('Never', 'readinessProbe:\n  exec: {command: [cat, /tmp/ready]}\n'),
    },
    {
      name: "1.37: the container's own Always overrides the pod's Never",
      code: pod('Never', `restartPolicy: Always\n${LIVENESS}`),
    },
  ],
  invalid: [
    {
      name: 'a liveness probe in a Never pod',
      code: pod('Never', LIVENESS),
      errors: [
        {
          path: 'spec.containers[0].livenessProbe',
          line: 16,
          column: 7,
          message: 'the pod\'s restartPolicy is "Never"',
        },
      ],
    },
    {
      name: '1.37: a container with its own Never and a startup probe',
      code: pod('Always', 'restartPolicy: Never\nstartupProbe:\n  tcpSocket: {port: 8080}\n'),
      errors: [{ path: 'spec.containers[0].startupProbe', line: 17, column: 7, message: 'its own restartPolicy' }],
    },
  ],
});
