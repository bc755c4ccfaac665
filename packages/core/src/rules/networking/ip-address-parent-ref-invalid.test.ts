import { networkingObject } from '../../../test/fixtures/networking/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './ip-address-parent-ref-invalid.js';

const ipAddress = (spec: string): string => networkingObject('IPAddress', '10.96.0.40', spec);

runRuleTests(rule, {
  valid: [
    {
      name: 'a Service parent',
      code: ipAddress('parentRef: {group: "", resource: services, namespace: default, name: web}'),
    },
  ],
  invalid: [
    {
      name: 'no parentRef',
      code: 'apiVersion: networking.k8s.io/v1\nkind: IPAddress\nmetadata:\n  name: 10.96.0.40\nspec: {}\n',
      errors: [{ path: 'spec.parentRef', line: 5, column: 1, messageId: 'required' }],
      output: null,
    },
    {
      name: 'no resource',
      code: ipAddress('parentRef: {namespace: default, name: web}'),
      errors: [{ path: 'spec.parentRef.resource', line: 6, column: 3, messageId: 'fieldRequired' }],
    },
    {
      name: 'a namespace with a slash',
      code: ipAddress('parentRef: {resource: services, namespace: a/b, name: web}'),
      errors: [{ path: 'spec.parentRef.namespace', line: 6, column: 35, messageId: 'pathSegment' }],
    },
  ],
});
