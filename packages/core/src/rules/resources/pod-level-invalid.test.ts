import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './pod-level-invalid.js';

const pod = (resources: string, fields = ''): string =>
  manifests.pod(manifests.blocks(fields, `resources:\n${manifests.indent(resources, 2)}`, manifests.webContainer()));

runRuleTests(rule, {
  valid: [
    {
      name: 'cpu, memory and huge pages',
      code: pod('requests: {cpu: 500m, memory: 256Mi}\nlimits: {cpu: "1", memory: 512Mi, hugepages-2Mi: 4Mi}'),
    },
    { name: 'null claims', code: pod('claims: null\nrequests: {cpu: 500m}') },
    {
      name: 'before 1.34 the field is dropped (PodLevelResources was alpha)',
      code: pod('requests: {ephemeral-storage: 1Gi}'),
      kubernetesVersion: '1.33',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'ephemeral storage and an extended resource',
      code: pod('requests: {cpu: 500m, ephemeral-storage: 1Gi}\nlimits: {example.com/gpu: "1"}'),
      errors: [
        {
          path: 'spec.resources.requests.ephemeral-storage',
          line: 7,
          column: 27,
          messageId: 'unsupported',
          oracleField: 'spec.resources.requests[ephemeral-storage]',
        },
        {
          path: 'spec.resources.limits[example.com/gpu]',
          line: 8,
          column: 14,
          messageId: 'unsupported',
        },
      ],
      output: null,
    },
    {
      name: 'claims at pod level',
      code: manifests.pod(
        manifests.blocks(
          'resourceClaims:\n  - name: gpu\n    resourceClaimTemplateName: gpus',
          'resources:\n  claims: [{name: gpu}]',
          manifests.webContainer(),
        ),
      ),
      errors: [{ path: 'spec.resources.claims', line: 10, column: 5, messageId: 'claims' }],
    },
    {
      name: 'a Windows pod',
      code: pod('requests: {cpu: 500m}', 'os: {name: windows}'),
      errors: [{ path: 'spec.resources', line: 7, column: 3, messageId: 'windows' }],
    },
  ],
});
