import { ingress } from '../../../test/fixtures/networking/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './ingress-rules-required.js';

runRuleTests(rule, {
  valid: [
    { name: 'a default backend', code: ingress('defaultBackend:\n  service: {name: web, port: {number: 80}}') },
    {
      name: 'a rule',
      code: ingress(
        'rules:\n  - host: a.example.com\n    http:\n      paths:\n        - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}',
      ),
    },
  ],
  invalid: [
    {
      name: 'only a class',
      code: ingress('ingressClassName: nginx'),
      errors: [{ path: 'spec', line: 5, column: 1, messageId: 'required' }],
      output: null,
    },
    {
      name: 'no spec',
      code: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n',
      errors: [{ path: 'spec', line: 1, column: 1, messageId: 'required' }],
    },
  ],
});
