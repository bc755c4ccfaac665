import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/resource-slice-identity-changed',
    description: "A ResourceSlice's driver, pool name and node name may not change.",
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/resource/validation', function: 'ValidateResourceSliceUpdate' }],
  },
  kinds: [{ kind: 'ResourceSlice', groups: ['resource.k8s.io'] }],
  fields: [
    { path: ['spec', 'driver'], complaint: 'field is immutable' },
    { path: ['spec', 'pool', 'name'], complaint: 'field is immutable' },
    { path: ['spec', 'nodeName'], complaint: 'field is immutable' },
  ],
  wayOut: () => 'publish a new ResourceSlice for it and delete the old one',
});
