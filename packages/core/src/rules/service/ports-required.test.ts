import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './ports-required.js';

runRuleTests(rule, {
  valid: [
    { name: 'headless without ports', code: manifests.service('clusterIP: None\nselector: {app: web}') },
    { name: 'ExternalName without ports', code: manifests.service('type: ExternalName\nexternalName: db.example.com') },
    { name: 'a port', code: manifests.service('selector: {app: web}\nports:\n  - port: 80') },
  ],
  invalid: [
    {
      name: 'selector but no ports',
      code: manifests.service('selector: {app: web}'),
      errors: [{ path: 'spec.ports', line: 5, column: 1, messageId: 'required' }],
      output: null,
    },
    {
      name: 'no spec at all',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
      errors: [{ path: 'spec.ports', line: 1, column: 1, messageId: 'required' }],
    },
    {
      name: 'an empty list on a LoadBalancer',
      code: manifests.service('type: LoadBalancer\nselector: {app: web}\nports: []'),
      errors: [{ path: 'spec.ports', line: 8, column: 3, messageId: 'required' }],
    },
  ],
});
