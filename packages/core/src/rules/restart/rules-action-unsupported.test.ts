import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './rules-action-unsupported.js';

const pod = (action: string, sidecarRules = ''): string =>
  manifests.pod(
    manifests.blocks(
      `initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always`,
      manifests.indent(sidecarRules, 4),
      `containers:
  - name: train
    image: example/train:4.0
    restartPolicy: Never
    restartPolicyRules:
      - action: ${action}
        exitCodes: {operator: In, values: [42]}`,
    ),
    { name: 'train' },
  );

runRuleTests(rule, {
  valid: [
    { name: 'Restart', code: pod('Restart') },
    { name: '1.37: RestartAllContainers', code: pod('RestartAllContainers') },
    {
      name: '1.37: rules on a sidecar are validated and accepted',
      code: pod(
        'Restart',
        'restartPolicyRules:\n  - action: RestartAllContainers\n    exitCodes: {operator: In, values: [1]}\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'an unknown action',
      code: pod('Ignore'),
      errors: [
        {
          path: 'spec.containers[0].restartPolicyRules[0].action',
          line: 15,
          column: 11,
          message: 'accepts "Restart" or "RestartAllContainers"',
        },
      ],
      output: null,
    },
    {
      name: 'lower-case restart is fixed',
      code: pod('restart'),
      errors: [{ path: 'spec.containers[0].restartPolicyRules[0].action', line: 15, column: 11 }],
      output: pod('Restart'),
    },
    {
      name: '1.35 (oracle is 1.37 only): RestartAllContainers is not yet on',
      code: pod('RestartAllContainers'),
      kubernetesVersion: '1.35',
      oracle: 'skip',
      errors: [
        {
          path: 'spec.containers[0].restartPolicyRules[0].action',
          line: 15,
          column: 11,
          message: 'needs Kubernetes 1.36',
        },
      ],
      output: null,
    },
  ],
});
