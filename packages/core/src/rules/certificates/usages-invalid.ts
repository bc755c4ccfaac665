import { defineRule } from '../../engine/rule.js';
import { caseFix } from '../../model/fixes.js';
import { asArray, quoteList } from '../../model/values.js';
import { CERTIFICATES_VALIDATION, signingRequests } from './utils/signing-requests.js';

const USAGES = [
  'any',
  'cert sign',
  'client auth',
  'code signing',
  'content commitment',
  'crl sign',
  'data encipherment',
  'decipher only',
  'digital signature',
  'email protection',
  'encipher only',
  'ipsec end system',
  'ipsec tunnel',
  'ipsec user',
  'key agreement',
  'key encipherment',
  'microsoft sgc',
  'netscape sgc',
  'ocsp signing',
  's/mime',
  'server auth',
  'signing',
  'timestamping',
];

export default defineRule({
  meta: {
    id: 'certificates/usages-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'A CertificateSigningRequest needs usages, each a known key usage, listed once.',
    fixable: true,
    kinds: ['CertificateSigningRequest'],
    reportsSchemaProblems: [{ problems: ['enum'], field: 'certificates.v1.CertificateSigningRequestSpec.usages' }],
    sources: [
      {
        package: CERTIFICATES_VALIDATION,
        function: 'validateCertificateSigningRequest',
        type: 'Required',
        field: 'usages',
      },
      {
        package: CERTIFICATES_VALIDATION,
        function: 'validateCertificateSigningRequest',
        type: 'Duplicate',
        field: 'usages',
      },
    ],
    messages: {
      required:
        'the request lists no usages, so the API server refuses it (Required value); add what the certificate is for, e.g. [digital signature, key encipherment, client auth]',
      unsupported:
        'usage {{value}} is not a key usage the API server knows, so it refuses the request (supported values: {{allowed}}); {{advice}}',
      duplicate:
        'usage {{value}} is listed twice, so the API server refuses the request (Duplicate value); list it once',
    },
  },
  create(context) {
    return signingRequests((resource, spec) => {
      if (spec.usages !== undefined && spec.usages !== null && !Array.isArray(spec.usages)) return;
      const usages = asArray(spec.usages);
      if (usages.length === 0) {
        context.report({ resource, path: ['spec', 'usages'], messageId: 'required' });
        return;
      }
      const seen = new Set<unknown>();
      usages.forEach((usage, index) => {
        const path = ['spec', 'usages', index];
        if (typeof usage === 'string' && !USAGES.includes(usage)) {
          const corrected = caseFix(usage, USAGES, path, 'the usage');
          context.report({
            resource,
            path,
            messageId: 'unsupported',
            data: {
              value: JSON.stringify(usage),
              allowed: quoteList(USAGES),
              advice: corrected ? `write "${corrected.value}"` : 'use one of those, in lower case with spaces',
            },
            ...(corrected ? { fix: corrected.fix } : {}),
            // allowUnknownUsages: on update the stored usages are kept, and accepted as they are.
            createOnly: true,
          });
        }
        if (seen.has(usage))
          context.report({
            resource,
            path,
            messageId: 'duplicate',
            data: { value: JSON.stringify(usage) },
            // allowDuplicateUsages, likewise.
            createOnly: true,
          });
        seen.add(usage);
      });
    });
  },
});
