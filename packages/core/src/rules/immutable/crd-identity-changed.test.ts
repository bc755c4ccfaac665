import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './crd-identity-changed.js';

/** CRD `widgets.example.com`: `scope:` at line 7, the kind at line 11 (column 5). */
const crd = (scope: string, kind = 'Widget', shortNames = '[wg]'): string => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: ${scope}
  names:
    plural: widgets
    singular: widget
    kind: ${kind}
    shortNames: ${shortNames}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          x-kubernetes-preserve-unknown-fields: true
`;

runRuleTests(rule, {
  valid: [{ name: 'a short name is added', old: crd('Namespaced'), code: crd('Namespaced', 'Widget', '[wg, wdg]') }],
  invalid: [
    {
      name: 'the scope changes (old from a manifest, established as the API server makes it moments after creation)',
      old: crd('Namespaced'),
      code: crd('Cluster'),
      errors: [{ path: 'spec.scope', line: 7, column: 3, message: '"Namespaced" → "Cluster"' }],
    },
    {
      name: 'the kind changes (old from a manifest, established)',
      old: crd('Namespaced'),
      code: crd('Namespaced', 'Gadget'),
      errors: [{ path: 'spec.names.kind', line: 11, column: 5, message: 'field is immutable' }],
    },
  ],
});
