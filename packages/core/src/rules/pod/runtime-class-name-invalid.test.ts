import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './runtime-class-name-invalid.js';

const pod = (value: string): string => manifests.pod(`runtimeClassName: ${value}\n${manifests.webContainer()}`);

runRuleTests(rule, {
  valid: [{ name: 'a valid name', code: pod('gvisor') }],
  invalid: [
    {
      name: 'an empty name is set, and validated',
      code: pod('""'),
      errors: [{ path: 'spec.runtimeClassName', line: 6, column: 3, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'capitals and separators',
      code: pod('gVisor'),
      errors: [{ path: 'spec.runtimeClassName', line: 6, column: 3, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'in a Deployment template',
      code: manifests.deployment(`runtimeClassName: gVisor\n${manifests.webContainer()}`),
      errors: [{ path: 'spec.template.spec.runtimeClassName', line: 12, column: 7, messageId: 'invalid' }],
    },
  ],
});
