import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/resource-claim-spec-changed',
    description: 'The spec of a ResourceClaim or ResourceClaimTemplate may not change.',
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
  wayOut: (resource) =>
    `create a ${resource.kind} with a new name and point the Pods' resourceClaims at it, or delete and re-create it`,
});
