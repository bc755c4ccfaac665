import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './ports-required.js';

runRuleTests(rule, {
  valid: [
    { name: 'headless without ports', code: manifests.service('clusterIP: None\nselector: {app: web}') },
    { name: 'ExternalName without ports', code: manifests.service('type: ExternalName\nexternalName: db.example.com') },
    { name: 'a port', code: manifests.service('selector: {app: web}\nports:\n  - port: 80') },
    {
      name: 'update: a manifest without spec over a headless Service keeps its clusterIP: None (the REST storage keeps allocated values)',
      old: manifests.service('clusterIP: None\nselector: {app: db}\nports:\n  - port: 5432'),
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
    },
    {
      name: 'update: a live Service keeps the ports a manifest never applied',
      old: manifests
        .service('selector: {app: web}\nports:\n  - port: 80')
        .replace('  name: web\n', '  name: web\n  uid: 7b4a1c62-0f1e-4a8e-9a57-3f0f2b7c1d10\n'),
      code: manifests.service('selector: {app: web}'),
    },
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
    {
      name: 'update: an empty list replaces the old ports',
      old: manifests.service('selector: {app: web}\nports:\n  - port: 80'),
      code: manifests.service('selector: {app: web}\nports: []'),
      errors: [{ path: 'spec.ports', line: 7, column: 3, messageId: 'required' }],
    },
  ],
});
