import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/cluster-trust-bundle-signer-changed',
    description: "A ClusterTrustBundle's signerName may not change.",
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/certificates/validation', function: 'ValidateClusterTrustBundleUpdate' },
    ],
  },
  kinds: [{ kind: 'ClusterTrustBundle', groups: ['certificates.k8s.io'] }],
  fields: [{ path: ['spec', 'signerName'], complaint: 'field is immutable' }],
  wayOut: () => 'create a ClusterTrustBundle with a new name for the new signer, then delete the old one',
});
