import { defineRule } from '../../engine/rule.js';
import { goString } from '../../model/values.js';
import { CERTIFICATES_VALIDATION, signingRequests, signerNameProblems } from './utils/signing-requests.js';

const LEGACY_SIGNER = 'kubernetes.io/legacy-unknown';

export default defineRule({
  meta: {
    id: 'certificates/signer-name-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A CertificateSigningRequest needs a signerName of the form example.com/signer-name, not the legacy one.',
    fixable: false,
    kinds: ['CertificateSigningRequest'],
    sources: [
      { package: CERTIFICATES_VALIDATION, function: 'validateCertificateSigningRequest', field: 'signerName' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateSignerName' },
    ],
    messages: {
      required:
        'the request names no signerName, so the API server cannot tell who should sign it and refuses it; add signerName, e.g. kubernetes.io/kube-apiserver-client',
      legacy:
        'signerName kubernetes.io/legacy-unknown is not allowed by certificates.k8s.io/v1, so the API server refuses the request; name the signer, e.g. kubernetes.io/kube-apiserver-client',
      invalid:
        'signerName {{value}} is not a valid signer name ({{reasons}}), so the API server refuses the request; write <domain>/<name>, e.g. kubernetes.io/kube-apiserver-client',
    },
  },
  create(context) {
    return signingRequests((resource, spec) => {
      const name = goString(spec.signerName);
      const path = ['spec', 'signerName'];
      if (name === undefined) return;
      if (name === '') context.report({ resource, path, messageId: 'required' });
      // allowLegacySignerName: an update keeps the stored legacy signer, which the API server then accepts.
      else if (name === LEGACY_SIGNER) context.report({ resource, path, messageId: 'legacy', createOnly: true });
      else {
        const reasons = signerNameProblems(name);
        if (reasons.length > 0)
          context.report({
            resource,
            path,
            messageId: 'invalid',
            data: { value: JSON.stringify(name), reasons: reasons.join('; ') },
          });
      }
    });
  },
});
