import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './pod-level-below-containers.js';

const containers = (...resources: string[]): string =>
  `containers:\n${resources.map((r, i) => `  - name: c${i}\n    image: nginx:1.27\n    resources: ${r}`).join('\n')}`;
const pod = (podResources: string, ...containerResources: string[]): string =>
  manifests.pod(manifests.blocks(`resources: ${podResources}`, containers(...containerResources)));

runRuleTests(rule, {
  valid: [
    {
      name: 'containers within the pod budget',
      code: pod(
        '{requests: {cpu: "1"}, limits: {cpu: "2", memory: 1Gi}}',
        '{requests: {cpu: 500m}, limits: {cpu: "2"}}',
        '{requests: {cpu: 500m, memory: 512Mi}}',
      ),
    },
    {
      name: "a template's containers do not request their limits",
      code: manifests.deployment(
        manifests.blocks(
          'resources: {requests: {cpu: 500m}, limits: {cpu: "2"}}',
          containers('{limits: {cpu: "1"}}', '{limits: {cpu: "1"}}'),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: "the containers' requests above the pod's, one counting its limit",
      code: pod(
        '{requests: {cpu: 500m, memory: 1Gi}}',
        '{requests: {cpu: 300m}, limits: {memory: 1Gi}}',
        '{requests: {cpu: 300m}}',
      ),
      errors: [
        {
          path: 'spec.resources.requests.cpu',
          line: 6,
          column: 26,
          messageId: 'requests',
          oracleField: 'spec.resources.requests[cpu]',
        },
      ],
      output: null,
    },
    {
      name: 'a container limit above the pod limit, in a Deployment',
      code: manifests.deployment(
        manifests.blocks('resources: {limits: {cpu: "1"}}', containers('{limits: {cpu: "2"}}')),
      ),
      errors: [
        {
          path: 'spec.template.spec.containers[0].resources.limits.cpu',
          line: 16,
          column: 32,
          messageId: 'containerLimit',
          // validatePodResourceConsistency names it spec.resources.containers[i][name].limits.
          oracleField: 'spec.template.spec.resources.containers[0][cpu].limits',
        },
      ],
    },
    {
      name: 'huge page limits of the containers above the pod limit',
      code: pod(
        '{limits: {memory: 1Gi, hugepages-2Mi: 4Mi}, requests: {hugepages-2Mi: 4Mi}}',
        '{limits: {memory: 100Mi, hugepages-2Mi: 4Mi}}',
        '{limits: {memory: 100Mi, hugepages-2Mi: 2Mi}}',
      ),
      errors: [
        {
          path: 'spec.resources.limits.hugepages-2Mi',
          line: 6,
          column: 37,
          messageId: 'hugePageLimits',
          oracleField: 'spec.resources.limits[hugepages-2Mi]',
        },
        {
          path: 'spec.resources.requests.hugepages-2Mi',
          line: 6,
          column: 69,
          messageId: 'requests',
          oracleField: 'spec.resources.requests[hugepages-2Mi]',
        },
      ],
    },
  ],
});
