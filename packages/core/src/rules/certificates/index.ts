// Rules for CertificateSigningRequests: signer name, usages, expiration and the PEM request, checked where a request is created.
import type { Rule } from '../../engine/rule.js';
import expirationTooShort from './expiration-too-short.js';
import requestNotPem from './request-not-pem.js';
import signerNameInvalid from './signer-name-invalid.js';
import usagesInvalid from './usages-invalid.js';

export const certificatesRules: readonly Rule[] = [signerNameInvalid, usagesInvalid, expirationTooShort, requestNotPem];
