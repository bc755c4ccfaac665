import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './quantity-invalid.js';

const pod = (resources: string): string =>
  manifests.pod(manifests.webContainer(`resources:\n${manifests.indent(resources, 2)}`));

runRuleTests(rule, {
  valid: [
    {
      name: 'zero and whole devices',
      code: pod('requests: {cpu: "0", memory: 0}\nlimits: {example.com/dongle: 2, nvidia.com/gpu: "1000m"}'),
    },
    {
      name: 'whole huge pages',
      code: pod('requests: {hugepages-2Mi: 4Mi, memory: 64Mi}\nlimits: {hugepages-2Mi: 4Mi, memory: 64Mi}'),
    },
    {
      name: 'a negative pod-level limit before 1.34, when the API server drops the field',
      code: manifests.podWithPodLevelResources('limits: {cpu: "-1"}'),
      kubernetesVersion: '1.33',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'a negative memory limit',
      code: pod('limits: {memory: -1Gi}'),
      errors: [
        {
          path: 'spec.containers[0].resources.limits.memory',
          line: 10,
          column: 18,
          messageId: 'negative',
          oracleField: 'spec.containers[0].resources.limits[memory]',
        },
      ],
      output: null,
    },
    {
      name: 'half a GPU',
      code: pod('limits: {example.com/dongle: 0.5}'),
      errors: [
        {
          path: 'spec.containers[0].resources.limits[example.com/dongle]',
          line: 10,
          column: 18,
          messageId: 'fraction',
        },
      ],
    },
    {
      name: 'huge pages that are not whole pages',
      code: pod('requests: {hugepages-2Mi: 3Mi, memory: 64Mi}\nlimits: {hugepages-2Mi: 3Mi, memory: 64Mi}'),
      errors: [
        {
          path: 'spec.containers[0].resources.requests.hugepages-2Mi',
          line: 10,
          column: 20,
          messageId: 'pages',
          oracleField: 'spec.containers[0].resources.requests[hugepages-2Mi]',
        },
        {
          path: 'spec.containers[0].resources.limits.hugepages-2Mi',
          line: 11,
          column: 18,
          messageId: 'pages',
          oracleField: 'spec.containers[0].resources.limits[hugepages-2Mi]',
        },
      ],
    },
    {
      name: 'a negative pod-level limit',
      code: manifests.podWithPodLevelResources('limits: {cpu: "-1"}'),
      errors: [
        {
          path: 'spec.resources.limits.cpu',
          line: 7,
          column: 14,
          messageId: 'negative',
          oracleField: 'spec.resources.limits[cpu]',
        },
      ],
    },
  ],
});
