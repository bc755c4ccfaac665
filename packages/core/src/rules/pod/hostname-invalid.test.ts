import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './hostname-invalid.js';

const pod = (value: string): string => manifests.pod(`hostname: ${value}\n${manifests.webContainer()}`);

runRuleTests(rule, {
  valid: [
    { name: 'a valid name', code: pod('db-primary') },
    {
      name: 'a StatefulSet template is not validated: the controller sets it',
      code: manifests.statefulSet(`hostname: Not_Valid\n${manifests.webContainer()}`),
    },
  ],
  invalid: [
    {
      name: 'capitals and separators',
      code: pod('DB_Primary'),
      errors: [{ path: 'spec.hostname', line: 6, column: 3, messageId: 'invalid' }],
      output: manifests.pod(`hostname: db-primary\n${manifests.webContainer()}`),
    },
    {
      name: 'in a Deployment template',
      code: manifests.deployment(`hostname: DB_Primary\n${manifests.webContainer()}`),
      errors: [{ path: 'spec.template.spec.hostname', line: 12, column: 7, messageId: 'invalid' }],
    },
  ],
});
