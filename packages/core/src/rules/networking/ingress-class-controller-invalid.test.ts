import { networkingObject } from '../../../test/fixtures/networking/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './ingress-class-controller-invalid.js';

const ingressClass = (spec: string): string => networkingObject('IngressClass', 'nginx', spec);

runRuleTests(rule, {
  valid: [{ name: 'a domain-prefixed controller', code: ingressClass('controller: k8s.io/ingress-nginx') }],
  invalid: [
    {
      name: 'no domain',
      code: ingressClass('controller: ingress-nginx'),
      errors: [{ path: 'spec.controller', line: 6, column: 3, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'no controller',
      code: ingressClass('parameters: {kind: IngressParameters, name: external}'),
      errors: [{ path: 'spec.controller', line: 5, column: 1, messageId: 'required' }],
    },
  ],
});
