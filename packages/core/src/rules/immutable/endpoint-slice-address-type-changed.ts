import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/endpoint-slice-address-type-changed',
    description: "An EndpointSlice's addressType may not change.",
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/discovery/validation', function: 'ValidateEndpointSliceUpdate' },
      // The declarative +k8s:immutable of addressType (its +k8s:required is discovery/address-type-required's).
      { package: 'k8s.io/kubernetes/pkg/apis/discovery/v1', function: 'Validate_EndpointSlice', field: 'addressType' },
    ],
  },
  kinds: [{ kind: 'EndpointSlice', groups: ['discovery.k8s.io'] }],
  fields: [{ path: ['addressType'], complaint: 'field is immutable' }],
  wayOut: () =>
    'create a separate EndpointSlice for the other address type (with the same kubernetes.io/service-name label), and delete this one if it is no longer needed',
});
