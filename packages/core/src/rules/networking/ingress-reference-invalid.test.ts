import { ingress } from '../../../test/fixtures/networking/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './ingress-reference-invalid.js';

const DEFAULT_BACKEND = 'defaultBackend:\n  service: {name: web, port: {number: 80}}';

runRuleTests(rule, {
  valid: [
    {
      name: 'a class and a TLS secret',
      code: ingress(
        `ingressClassName: nginx\ntls:\n  - hosts: [a.example.com]\n    secretName: web-tls\n${DEFAULT_BACKEND}`,
      ),
    },
    {
      name: 'TLS without a secret (the controller default)',
      code: ingress(`tls:\n  - hosts: [a.example.com]\n${DEFAULT_BACKEND}`),
    },
  ],
  invalid: [
    {
      name: 'a class name with a colon',
      code: ingress(`ingressClassName: "nginx:internal"\n${DEFAULT_BACKEND}`),
      errors: [{ path: 'spec.ingressClassName', line: 6, column: 3, messageId: 'className' }],
      output: null,
    },
    {
      name: 'an upper-case secret name',
      code: ingress(`tls:\n  - hosts: [a.example.com]\n    secretName: Web_TLS\n${DEFAULT_BACKEND}`),
      errors: [{ path: 'spec.tls[0].secretName', line: 8, column: 7, messageId: 'secretName' }],
    },
  ],
});
