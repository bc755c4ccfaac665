import { CSR_REQUEST, signingRequest } from '../../../test/fixtures/certificates/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './signer-name-invalid.js';

const withSigner = (signer: string): string =>
  signingRequest(`request: ${CSR_REQUEST}\n${signer}\nusages: [client auth]`);

runRuleTests(rule, {
  valid: [
    { name: 'the API server client signer', code: signingRequest() },
    { name: 'a custom signer with a dotted path', code: withSigner('signerName: example.com/team.issuer') },
    {
      name: 'an update that changes the signer: the stored spec is kept',
      code: withSigner('signerName: Example'),
      old: signingRequest(),
    },
    {
      name: 'an update of a request with the legacy signer: the stored legacy signer is allowed',
      code: withSigner('signerName: kubernetes.io/legacy-unknown'),
      old: withSigner('signerName: kubernetes.io/legacy-unknown'),
    },
  ],
  invalid: [
    {
      name: 'no signer',
      code: withSigner(''),
      errors: [{ path: 'spec.signerName', line: 5, column: 1, messageId: 'required' }],
      output: null,
    },
    {
      name: 'the legacy signer',
      code: withSigner('signerName: kubernetes.io/legacy-unknown'),
      errors: [{ path: 'spec.signerName', line: 7, column: 3, messageId: 'legacy' }],
    },
    {
      name: 'no path',
      code: withSigner('signerName: example.com'),
      errors: [{ path: 'spec.signerName', line: 7, column: 3, messageId: 'invalid' }],
    },
    {
      name: 'an update of a request whose stored signer has no path either',
      code: withSigner('signerName: example.com'),
      old: withSigner('signerName: example.com'),
      errors: [{ path: 'spec.signerName', line: 7, column: 3, messageId: 'invalid' }],
    },
    {
      name: 'a one-label domain',
      code: withSigner('signerName: example/issuer'),
      errors: [{ path: 'spec.signerName', line: 7, column: 3, messageId: 'invalid' }],
    },
  ],
});
