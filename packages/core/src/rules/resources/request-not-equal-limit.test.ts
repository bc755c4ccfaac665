import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './request-not-equal-limit.js';

const pod = (resources: string): string =>
  manifests.pod(manifests.webContainer(`resources:\n${manifests.indent(resources, 2)}`));

runRuleTests(rule, {
  valid: [
    { name: 'an extended resource with only a limit', code: pod('limits: {example.com/dongle: 1}') },
    {
      name: 'an extended resource requested at its limit',
      code: pod('requests: {example.com/dongle: "2"}\nlimits: {example.com/dongle: 2}'),
    },
    {
      name: 'huge pages requested at their limit, with memory',
      code: pod('requests: {hugepages-2Mi: 4Mi, memory: 64Mi}\nlimits: {hugepages-2Mi: 4Mi, memory: 64Mi}'),
    },
    { name: 'cpu may request less than its limit', code: pod('requests: {cpu: 100m}\nlimits: {cpu: "1"}') },
    {
      name: 'a bare Pod’s pod-level huge-page request, its limit copied from the container’s by Pod defaulting',
      code: manifests.pod(
        manifests.blocks(
          'resources:\n  requests: {hugepages-2Mi: 2Mi, memory: 1Gi}',
          manifests.webContainer('resources: {limits: {hugepages-2Mi: 2Mi, memory: 1Gi}}'),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'an extended resource requested without a limit',
      code: pod('requests: {example.com/dongle: 1}'),
      errors: [
        {
          path: 'spec.containers[0].resources.limits',
          line: 9,
          column: 7,
          messageId: 'limitMissing',
          oracleField: 'spec.containers[0].resources.limits',
        },
      ],
      output: null,
    },
    {
      name: 'an extended resource requested below its limit is set to the limit',
      code: pod('requests: {example.com/dongle: 1}\nlimits: {example.com/dongle: 2}'),
      errors: [
        {
          path: 'spec.containers[0].resources.requests',
          line: 10,
          column: 9,
          messageId: 'notEqual',
          message: 'must be equal',
        },
      ],
      output: pod('requests: {example.com/dongle: 2}\nlimits: {example.com/dongle: 2}'),
    },
    {
      name: 'huge pages requested above their limit',
      code: pod('requests: {hugepages-2Mi: 8Mi, memory: 64Mi}\nlimits: {hugepages-2Mi: 4Mi, memory: 64Mi}'),
      errors: [{ path: 'spec.containers[0].resources.requests', line: 10, column: 9, messageId: 'notEqual' }],
      output: pod('requests: {hugepages-2Mi: "4Mi", memory: 64Mi}\nlimits: {hugepages-2Mi: 4Mi, memory: 64Mi}'),
    },
    {
      name: 'pod-level huge pages requested below their limit',
      code: manifests.podWithPodLevelResources(
        'requests: {hugepages-2Mi: 10Mi, memory: 1Gi}\nlimits: {hugepages-2Mi: 20Mi, memory: 1Gi}',
      ),
      errors: [{ path: 'spec.resources.requests', line: 7, column: 5, messageId: 'notEqual' }],
    },
    {
      name: 'a pod-level huge-page request without a limit, at the pod level or in a container',
      code: manifests.podWithPodLevelResources('requests: {hugepages-2Mi: 2Mi, memory: 1Gi}'),
      errors: [{ path: 'spec.resources.limits', line: 6, column: 3, messageId: 'limitMissing' }],
    },
  ],
});
