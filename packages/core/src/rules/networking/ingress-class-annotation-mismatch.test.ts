import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './ingress-class-annotation-mismatch.js';

/** Ingress `web` with the class annotation (line 6, column 5) and spec.ingressClassName. */
const ingress = (annotated: string, className: string): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    kubernetes.io/ingress.class: ${annotated}
spec:
  ingressClassName: ${className}
  defaultBackend:
    service: {name: web, port: {number: 80}}
`;

runRuleTests(rule, {
  valid: [
    { name: 'the same class in both', code: ingress('nginx', 'nginx') },
    {
      name: 'update: an existing Ingress is not checked again (ValidateIngressUpdate)',
      old: ingress('nginx', 'nginx'),
      code: ingress('nginx', 'internal'),
    },
  ],
  invalid: [
    {
      name: 'two classes',
      code: ingress('nginx', 'internal'),
      errors: [
        {
          path: 'metadata.annotations[kubernetes.io/ingress.class]',
          line: 6,
          column: 5,
          messageId: 'mismatch',
          oracleField: 'annotations.kubernetes.io/ingress.class',
        },
      ],
      output: null,
    },
  ],
});
