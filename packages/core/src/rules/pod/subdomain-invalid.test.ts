import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './subdomain-invalid.js';

const pod = (value: string): string => manifests.pod(`subdomain: ${value}\n${manifests.webContainer()}`);

runRuleTests(rule, {
  valid: [
    { name: 'a valid name', code: pod('db') },
    {
      name: 'a StatefulSet template is not validated: the controller sets it',
      code: manifests.statefulSet(`subdomain: Not_Valid\n${manifests.webContainer()}`),
    },
  ],
  invalid: [
    {
      name: 'capitals and separators',
      code: pod('db.internal'),
      errors: [{ path: 'spec.subdomain', line: 6, column: 3, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'in a Deployment template',
      code: manifests.deployment(`subdomain: db.internal\n${manifests.webContainer()}`),
      errors: [{ path: 'spec.template.spec.subdomain', line: 12, column: 7, messageId: 'invalid' }],
    },
  ],
});
