import { immutableFieldsRule } from './fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/resource-claim-spec-changed',
    description: "The spec of a ResourceClaim or ResourceClaimTemplate may not change.",
    help: [
      'A ResourceClaim is allocated devices for its spec, and Pods created from a ResourceClaimTemplate get claims copied from it; the API server refuses any change to `spec` (`spec: field is immutable`). Metadata may change.',
      '',
      "Create a claim or template with a new name and point the Pods' `resourceClaims` at it, or delete and re-create it (Pods using the claim must be recreated too).",
      '',
      'Bad (old → new):',
      '```yaml',
      'spec:',
      '  devices:',
      '    requests: [{name: gpu, exactly: {deviceClassName: gpu.example.com}}]   # → another class',
      '```',
      'Good (old → new):',
      '```yaml',
      'metadata:',
      '  labels: {}   # → team: ml',
      '```',
    ].join('\n'),
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/resource/validation', function: 'ValidateResourceClaimUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/resource/validation', function: 'ValidateResourceClaimTemplateUpdate' },
    ],
  },
  kinds: [
    { kind: 'ResourceClaim', groups: ['resource.k8s.io'] },
    { kind: 'ResourceClaimTemplate', groups: ['resource.k8s.io'] },
  ],
  fields: [{ path: ['spec'], complaint: 'field is immutable' }],
  wayOut: (resource) => `create a ${resource.kind} with a new name and point the Pods' resourceClaims at it, or delete and re-create it`,
});
