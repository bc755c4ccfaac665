import { immutableFieldsRule } from './fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/cluster-trust-bundle-signer-changed',
    description: "A ClusterTrustBundle's signerName may not change.",
    help: [
      'Who may write a ClusterTrustBundle depends on its signer, so the API server refuses a new `spec.signerName` (`field is immutable`). The bundle content may change.',
      '',
      'Create a bundle with a new name for the other signer (names of signer-linked bundles start with the signer name), then delete the old one.',
      '',
      'Bad (old → new):',
      '```yaml',
      'spec: {signerName: example.com/a}   # → example.com/b',
      '```',
      'Good (old → new):',
      '```yaml',
      'spec: {trustBundle: "<PEM>"}   # → a rotated PEM',
      '```',
    ].join('\n'),
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/certificates/validation', function: 'ValidateClusterTrustBundleUpdate' },
    ],
  },
  kinds: [{ kind: 'ClusterTrustBundle', groups: ['certificates.k8s.io'] }],
  fields: [{ path: ['spec', 'signerName'], complaint: 'field is immutable' }],
  wayOut: () => 'create a ClusterTrustBundle with a new name for the new signer, then delete the old one',
});
