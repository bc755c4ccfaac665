import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/ip-address-parent-ref-changed',
    description: "An IPAddress's parentRef may not change.",
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/networking/validation', function: 'ValidateIPAddressUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/networking/v1', function: 'Validate_IPAddressSpec', field: 'parentRef' },
    ],
  },
  kinds: [{ kind: 'IPAddress', groups: ['networking.k8s.io'] }],
  fields: [{ path: ['spec', 'parentRef'], complaint: 'field is immutable' }],
  wayOut: () => 'delete the IPAddress and create it again with the new parent (the address is free in between)',
});
