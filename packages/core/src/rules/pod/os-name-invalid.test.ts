import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './os-name-invalid.js';

const pod = (os: string): string => manifests.pod(manifests.blocks(`os: ${os}`, manifests.webContainer()));

runRuleTests(rule, {
  valid: [
    { name: 'linux', code: pod('{name: linux}') },
    { name: 'windows', code: pod('{name: windows}') },
  ],
  invalid: [
    {
      name: 'no name',
      code: pod('{}'),
      errors: [{ path: 'spec.os.name', line: 6, column: 3, messageId: 'required' }],
      output: null,
    },
    {
      name: 'capitalised',
      code: pod('{name: Linux}'),
      errors: [{ path: 'spec.os.name', line: 6, column: 8, messageId: 'unsupported', oracleField: 'spec.os' }],
      output: pod('{name: linux}'),
    },
    {
      name: 'another system, in a Deployment',
      code: manifests.deployment(manifests.blocks('os: {name: darwin}', manifests.webContainer())),
      errors: [
        {
          path: 'spec.template.spec.os.name',
          line: 12,
          column: 12,
          messageId: 'unsupported',
          oracleField: 'spec.template.spec.os',
        },
      ],
      output: null,
    },
  ],
});
