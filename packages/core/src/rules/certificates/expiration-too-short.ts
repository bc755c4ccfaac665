import { defineRule } from '../../engine/rule.js';
import { asInteger } from '../../model/builtin.js';
import { CERTIFICATES_VALIDATION, signingRequests } from './utils/signing-requests.js';

export default defineRule({
  meta: {
    id: 'certificates/expiration-too-short',
    severity: 'error',
    origin: 'api-error',
    description: "A CertificateSigningRequest's expirationSeconds must be at least 600 (10 minutes).",
    fixable: false,
    kinds: ['CertificateSigningRequest'],
    sources: [
      { package: CERTIFICATES_VALIDATION, function: 'validateCertificateSigningRequest', field: 'expirationSeconds' },
    ],
    messages: {
      tooShort:
        'expirationSeconds {{value}} is under 600, so the API server refuses the request (may not specify a duration less than 600 seconds (10 minutes)); ask for 600 seconds or more, or leave it out',
    },
  },
  create(context) {
    return signingRequests((resource, spec) => {
      const value = asInteger(spec.expirationSeconds);
      if (value !== undefined && value < 600)
        context.report({ resource, path: ['spec', 'expirationSeconds'], messageId: 'tooShort', data: { value } });
    });
  },
});
