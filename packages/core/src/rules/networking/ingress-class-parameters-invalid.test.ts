import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './ingress-class-parameters-invalid.js';

const ingressClass = (parameters: string): string => `apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: external-lb
spec:
  controller: example.com/ingress-controller
  parameters:
${parameters
  .split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'cluster scope by default',
      code: ingressClass('apiGroup: k8s.example.com\nkind: IngressParameters\nname: external-lb'),
    },
    {
      name: 'namespace scope with a namespace',
      code: ingressClass(
        'apiGroup: k8s.example.com\nkind: IngressParameters\nname: external-lb\nscope: Namespace\nnamespace: ingress',
      ),
    },
  ],
  invalid: [
    {
      name: 'an apiVersion as apiGroup is fixed to the group',
      code: ingressClass('apiGroup: k8s.example.com/v1alpha\nkind: IngressParameters\nname: external-lb'),
      errors: [{ path: 'spec.parameters.apiGroup', line: 8, column: 5, messageId: 'apiGroup' }],
      output: ingressClass('apiGroup: k8s.example.com\nkind: IngressParameters\nname: external-lb'),
    },
    {
      name: 'namespace scope without a namespace',
      code: ingressClass('kind: IngressParameters\nname: external-lb\nscope: Namespace'),
      errors: [{ path: 'spec.parameters.namespace', line: 7, column: 3, messageId: 'namespaceRequired' }],
      output: null,
    },
    {
      name: 'a namespace with the default cluster scope',
      code: ingressClass('kind: IngressParameters\nname: external-lb\nnamespace: ingress'),
      errors: [{ path: 'spec.parameters.namespace', line: 10, column: 5, messageId: 'namespaceForbidden' }],
    },
  ],
});
