import { defineRule } from '../../engine/rule.js';
import { CERTIFICATES_VALIDATION, signingRequests } from './utils/signing-requests.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export default defineRule({
  meta: {
    id: 'certificates/request-not-pem',
    severity: 'error',
    origin: 'api-error',
    description: "A CertificateSigningRequest's request must hold a PEM-encoded CERTIFICATE REQUEST block.",
    fixable: false,
    kinds: ['CertificateSigningRequest'],
    sources: [{ package: CERTIFICATES_VALIDATION, function: 'validateCertificateSigningRequest', field: 'request' }],
    messages: {
      missing:
        'the request is empty, so there is no certificate request to sign and the API server refuses it (PEM block type must be CERTIFICATE REQUEST); put the base64 of the PEM-encoded CSR in spec.request',
      notPem:
        'spec.request decodes to no PEM block, so the API server refuses it (PEM block type must be CERTIFICATE REQUEST); put the base64 of the PEM-encoded CSR ("-----BEGIN CERTIFICATE REQUEST-----…") there',
    },
  },
  create(context) {
    return signingRequests((resource, spec) => {
      const request = spec.request ?? '';
      if (typeof request !== 'string') return;
      const path = ['spec', 'request'];
      if (request === '') {
        context.report({ resource, path, messageId: 'missing' });
        return;
      }
      // Another encoding is a decoding error the schema rules report; only clean base64 is judged here.
      const compact = request.replace(/\s+/g, '');
      if (compact.length % 4 !== 0 || !BASE64.test(compact)) return;
      const decoded = Buffer.from(compact, 'base64').toString('latin1');
      if (!decoded.includes('-----BEGIN ')) context.report({ resource, path, messageId: 'notPem' });
    });
  },
});
