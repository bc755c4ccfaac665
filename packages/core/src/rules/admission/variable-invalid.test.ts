import { policy, policyBody } from '../../../test/fixtures/admission/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './variable-invalid.js';

const variables = (entries: string): string => policy(policyBody(`variables:\n${entries}`));

runRuleTests(rule, {
  valid: [
    { name: 'a variable', code: variables('  - {name: replicas, expression: object.spec.replicas}') },
    { name: 'an underscore name', code: variables('  - {name: _max_2, expression: "5"}') },
  ],
  invalid: [
    {
      name: 'an empty variable',
      code: variables('  - {}'),
      errors: [
        { path: 'spec.variables[0].name', line: 12, column: 7, messageId: 'nameRequired' },
        { path: 'spec.variables[0].expression', line: 12, column: 7, messageId: 'expressionRequired' },
      ],
      output: null,
    },
    {
      name: 'a name with a dash',
      code: variables('  - {name: max-replicas, expression: "5"}'),
      errors: [{ path: 'spec.variables[0].name', line: 12, column: 8, messageId: 'nameInvalid' }],
    },
    {
      name: 'a reserved word',
      code: variables('  - {name: namespace, expression: "5"}'),
      errors: [{ path: 'spec.variables[0].name', line: 12, column: 8, messageId: 'nameInvalid' }],
    },
    {
      name: 'an undeclared name in the expression',
      code: variables('  - {name: limit, expression: replicas.max}'),
      errors: [{ path: 'spec.variables[0].expression', line: 12, column: 21, messageId: 'cannotCompile' }],
    },
  ],
});
