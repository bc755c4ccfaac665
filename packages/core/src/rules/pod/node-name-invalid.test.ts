import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './node-name-invalid.js';

const pod = (value: string): string => manifests.pod(`nodeName: ${value}\n${manifests.webContainer()}`);

runRuleTests(rule, {
  valid: [{ name: 'a valid name', code: pod('worker-1') }],
  invalid: [
    {
      name: 'capitals and separators',
      code: pod('Worker_1'),
      errors: [{ path: 'spec.nodeName', line: 6, column: 3, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'in a Deployment template',
      code: manifests.deployment(`nodeName: Worker_1\n${manifests.webContainer()}`),
      errors: [{ path: 'spec.template.spec.nodeName', line: 12, column: 7, messageId: 'invalid' }],
    },
  ],
});
