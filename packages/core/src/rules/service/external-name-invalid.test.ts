import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './external-name-invalid.js';

runRuleTests(rule, {
  valid: [
    { name: 'a DNS name', code: manifests.service('type: ExternalName\nexternalName: db.example.com') },
    {
      name: 'a fully qualified name with its trailing dot',
      code: manifests.service('type: ExternalName\nexternalName: db.example.com.'),
    },
    { name: 'a ClusterIP Service needs none', code: manifests.service('selector: {app: web}\nports: [{port: 80}]') },
  ],
  invalid: [
    {
      name: 'a URL',
      code: manifests.service('type: ExternalName\nexternalName: https://db.example.com:5432'),
      errors: [{ path: 'spec.externalName', line: 7, column: 3, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'no externalName',
      code: manifests.service('type: ExternalName'),
      errors: [{ path: 'spec.externalName', line: 5, column: 1, messageId: 'required' }],
    },
  ],
});
