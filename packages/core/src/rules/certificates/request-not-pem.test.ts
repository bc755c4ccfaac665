import { signingRequest } from '../../../test/fixtures/certificates/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './request-not-pem.js';

const withRequest = (request: string): string =>
  signingRequest(`${request}\nsignerName: kubernetes.io/kube-apiserver-client\nusages: [client auth]`);

runRuleTests(rule, {
  valid: [
    { name: 'a PEM request', code: signingRequest() },
    {
      name: 'an update that replaces the request: the stored one is kept',
      code: withRequest(`request: ${Buffer.from('not a certificate request').toString('base64')}`),
      old: signingRequest(),
    },
  ],
  invalid: [
    {
      name: 'no request',
      code: withRequest(''),
      errors: [{ path: 'spec.request', line: 5, column: 1, messageId: 'missing' }],
      output: null,
    },
    {
      name: 'the DER bytes without PEM armour',
      code: withRequest(`request: ${Buffer.from('not a certificate request').toString('base64')}`),
      errors: [{ path: 'spec.request', line: 6, column: 3, messageId: 'notPem' }],
    },
  ],
});
