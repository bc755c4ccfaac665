import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './requests-above-limits.js';

const pod = (resources: string): string =>
  manifests.pod(manifests.webContainer(`resources:\n${manifests.indent(resources, 2)}`));

runRuleTests(rule, {
  valid: [
    {
      name: 'requests below limits',
      code: pod('requests: {cpu: 250m, memory: 256Mi}\nlimits: {cpu: "1", memory: 1Gi}'),
    },
    {
      name: 'equal by value in different units',
      code: pod('requests: {cpu: "0.5", memory: 1024Mi}\nlimits: {cpu: 500m, memory: 1Gi}'),
    },
    { name: 'a request without a limit', code: pod('requests: {cpu: "4"}\nlimits: {memory: 1Gi}') },
    { name: 'a limit without a request', code: pod('limits: {cpu: 100m}') },
    {
      name: 'ephemeral storage within its limit',
      code: pod('requests: {ephemeral-storage: 1Gi}\nlimits: {ephemeral-storage: 2Gi}'),
    },
    {
      name: 'pod-level requests below the pod-level limits',
      code: manifests.podWithPodLevelResources('requests: {cpu: 500m}\nlimits: {cpu: "1"}'),
    },
  ],
  invalid: [
    {
      name: 'cpu and memory requests above their limits',
      code: pod('requests:\n  cpu: "1"\n  memory: 1Gi\nlimits:\n  cpu: 500m\n  memory: 512Mi'),
      errors: [
        {
          path: 'spec.containers[0].resources.requests',
          line: 10,
          column: 9,
          messageId: 'aboveLimit',
          message: 'requests "1" of cpu but its limit is "500m"',
        },
        {
          path: 'spec.containers[0].resources.requests',
          line: 10,
          column: 9,
          messageId: 'aboveLimit',
          message: 'memory',
        },
      ],
      output: null,
    },
    {
      name: 'a decimal exponent compared by value',
      code: pod('requests: {memory: 2e9}\nlimits: {memory: 1Gi}'),
      errors: [{ path: 'spec.containers[0].resources.requests', line: 10, column: 9, messageId: 'aboveLimit' }],
    },
    {
      name: 'a sidecar in a Deployment template',
      code: manifests.deployment(`initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
    resources:
      requests: {cpu: 200m}
      limits: {cpu: 100m}
containers:
  - name: web
    image: nginx:1.27`),
      errors: [
        {
          path: 'spec.template.spec.initContainers[0].resources.requests',
          line: 17,
          column: 13,
          messageId: 'aboveLimit',
          message: 'sidecar "proxy"',
        },
      ],
    },
    {
      name: 'a pod-level request above the pod-level limit',
      code: manifests.podWithPodLevelResources('requests: {cpu: "2"}\nlimits: {cpu: "1"}'),
      errors: [
        { path: 'spec.resources.requests', line: 7, column: 5, messageId: 'aboveLimit', message: 'the pod as a whole' },
      ],
    },
  ],
});
