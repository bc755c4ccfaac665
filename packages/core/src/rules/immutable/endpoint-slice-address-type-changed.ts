import { immutableFieldsRule } from './fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/endpoint-slice-address-type-changed',
    description: "An EndpointSlice's addressType may not change.",
    help: [
      'Every address of an EndpointSlice is of its `addressType` (IPv4, IPv6 or FQDN), and the API server refuses a new one (`addressType: field is immutable`). Endpoints and ports may change.',
      '',
      'Create a second EndpointSlice with the other address type (same `kubernetes.io/service-name` label), and delete the old one if it is no longer needed.',
      '',
      'Bad (old → new):',
      '```yaml',
      'addressType: IPv4   # → IPv6',
      '```',
      'Good (old → new):',
      '```yaml',
      'endpoints: [{addresses: [10.1.2.3]}]   # → [{addresses: [10.1.2.4]}]',
      '```',
    ].join('\n'),
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/discovery/validation', function: 'ValidateEndpointSliceUpdate' },
    ],
  },
  kinds: [{ kind: 'EndpointSlice', groups: ['discovery.k8s.io'] }],
  fields: [{ path: ['addressType'], complaint: 'field is immutable' }],
  wayOut: () => 'create a separate EndpointSlice for the other address type (with the same kubernetes.io/service-name label), and delete this one if it is no longer needed',
});
