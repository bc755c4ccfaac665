import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './ingress-class-controller-changed.js';

/** IngressClass `web`: `controller:` at line 6, column 3. */
const ingressClass = (controller: string, annotations = ''): string => `apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: web
${annotations}spec:
  controller: ${controller}
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'an annotation makes it the default class',
      old: ingressClass('k8s.io/ingress-nginx'),
      code: ingressClass(
        'k8s.io/ingress-nginx',
        '  annotations:\n    ingressclass.kubernetes.io/is-default-class: "true"\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'the controller changes',
      old: ingressClass('k8s.io/ingress-nginx'),
      code: ingressClass('example.com/other'),
      errors: [{ path: 'spec.controller', line: 6, column: 3, message: 'field is immutable' }],
    },
  ],
});
