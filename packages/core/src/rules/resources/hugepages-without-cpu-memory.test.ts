import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './hugepages-without-cpu-memory.js';

const pod = (resources: string): string =>
  manifests.pod(manifests.webContainer(`resources:\n${manifests.indent(resources, 2)}`));

runRuleTests(rule, {
  valid: [
    { name: 'huge pages with a memory limit', code: pod('limits: {hugepages-2Mi: 100Mi, memory: 100Mi}') },
    { name: 'huge pages with a cpu request', code: pod('requests: {cpu: 100m}\nlimits: {hugepages-1Gi: 2Gi}') },
    {
      name: 'a Windows pod’s pod-level resources are resources/pod-level-invalid’s alone',
      code: manifests.pod(
        manifests.blocks('os: {name: windows}\nresources:\n  limits: {hugepages-2Mi: 100Mi}', manifests.webContainer()),
      ),
      oracle: 'reject',
    },
    {
      name: 'a bare Pod’s pod-level huge pages, with a container’s memory request that Pod defaulting copies to the pod level',
      code: manifests.pod(
        manifests.blocks(
          'resources: {requests: {hugepages-2Mi: 2Mi}, limits: {hugepages-2Mi: 2Mi}}',
          manifests.webContainer('resources: {requests: {memory: 10Mi}}'),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'huge pages alone',
      code: pod('limits: {hugepages-2Mi: 100Mi}'),
      errors: [{ path: 'spec.containers[0].resources', line: 9, column: 7, messageId: 'missing' }],
      output: null,
    },
    {
      name: 'pod-level huge pages alone',
      code: manifests.podWithPodLevelResources('limits: {hugepages-2Mi: 100Mi}'),
      errors: [{ path: 'spec.resources', line: 6, column: 3, messageId: 'missing' }],
    },
  ],
});
