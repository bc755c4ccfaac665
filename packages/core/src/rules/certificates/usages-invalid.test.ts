import { CSR_REQUEST, signingRequest } from '../../../test/fixtures/certificates/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './usages-invalid.js';

const withUsages = (usages: string): string =>
  signingRequest(`request: ${CSR_REQUEST}\nsignerName: kubernetes.io/kube-apiserver-client\n${usages}`);

runRuleTests(rule, {
  valid: [
    { name: 'client usages', code: withUsages('usages: [digital signature, key encipherment, client auth]') },
    {
      name: 'an update with an unknown usage: the stored spec is kept',
      code: withUsages('usages: [Bogus]'),
      old: signingRequest(),
    },
    {
      name: 'an update of a request that has an unknown usage: the stored usages are accepted as they are',
      code: withUsages('usages: [client auth, Bogus]'),
      old: withUsages('usages: [client auth, Bogus]'),
    },
    {
      name: 'an update of a request that has a usage twice',
      code: withUsages('usages: [client auth, client auth]'),
      old: withUsages('usages: [client auth, client auth]'),
    },
  ],
  invalid: [
    {
      name: 'no usages',
      code: withUsages('usages: []'),
      errors: [{ path: 'spec.usages', line: 8, column: 3, messageId: 'required' }],
      output: null,
    },
    {
      name: 'an update of a request without usages: the stored spec is validated, and has none either',
      code: withUsages('usages: []'),
      old: withUsages('usages: []'),
      errors: [{ path: 'spec.usages', line: 8, column: 3, messageId: 'required' }],
      output: null,
    },
    {
      name: 'an upper-case usage',
      code: withUsages('usages: [Client Auth]'),
      errors: [{ path: 'spec.usages[0]', line: 8, column: 12, messageId: 'unsupported' }],
      output: withUsages('usages: [client auth]'),
    },
    {
      name: 'a usage twice',
      code: withUsages('usages: [client auth, client auth]'),
      errors: [{ path: 'spec.usages[1]', line: 8, column: 25, messageId: 'duplicate' }],
    },
  ],
});
