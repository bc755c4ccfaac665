import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './cluster-trust-bundle-signer-changed.js';

/** A self-signed CA certificate (ECDSA P-256, made for this test). */
const PEM = `-----BEGIN CERTIFICATE-----
MIIBkDCCATWgAwIBAgIUcPK0Aj1TnVn9+6Zqhpl5vjONm/gwCgYIKoZIzj0EAwIw
HDEaMBgGA1UEAwwRcG9kbGludC10ZXN0LXJvb3QwIBcNMjYxMTMwMTUzODA1WhgP
MjEyNjExMDYxNTM4MDVaMBwxGjAYBgNVBAMMEXBvZGxpbnQtdGVzdC1yb290MFkw
EwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEZ+CQOzE7tykCDzd/k6WMnXt8IWaiBb4H
9DrJWJQjqXofmhUIQKuOGX+6SQCDjCShLIkSx+yje6i6y6LWAauVU6NTMFEwHQYD
VR0OBBYEFHlQlxuqpOY00uFugMDBlUMcw+ieMB8GA1UdIwQYMBaAFHlQlxuqpOY0
0uFugMDBlUMcw+ieMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIh
AITQyGRzPLM93v3uPtnWXnDpPc3bjD6jmAe5Oy53RTdBAiEAlij4azr1b4ThPT/j
qrom55u1ErloR5cBjH5GlhfWlgU=
-----END CERTIFICATE-----`;

/** ClusterTrustBundle: `signerName:` at line 6. */
const bundle = (name: string, signer: string): string => `apiVersion: certificates.k8s.io/v1
kind: ClusterTrustBundle
metadata:
  name: ${name}
spec:
  signerName: ${signer}
  trustBundle: |
${PEM.split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'the bundle keeps its signer',
      old: bundle('example.com:a:roots', 'example.com/a'),
      code: bundle('example.com:a:roots', 'example.com/a'),
    },
  ],
  invalid: [
    {
      name: 'the signer changes (the name no longer fits the signer either, which the server reports too)',
      old: bundle('example.com:a:roots', 'example.com/a'),
      code: bundle('example.com:a:roots', 'example.com/b'),
      errors: [{ path: 'spec.signerName', line: 6, column: 3, message: 'field is immutable' }],
    },
  ],
});
