import { policy, policyBody } from '../../../test/fixtures/admission/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './validation-invalid.js';

const validation = (fields: string): string =>
  policy(
    policyBody().replace('  - expression: "object.spec.replicas <= 5"', `  - ${fields.split('\n').join('\n    ')}`),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'an expression with a message and reason',
      code: validation('expression: "object.spec.replicas <= 5"\nmessage: at most 5\nreason: Forbidden'),
    },
    {
      name: 'a comparison with the old object',
      code: validation('expression: "oldObject == null || object.spec.replicas >= oldObject.spec.replicas"'),
    },
    { name: 'a messageExpression', code: validation('expression: "true"\nmessageExpression: "\'no\'"') },
  ],
  invalid: [
    {
      name: 'a blank expression',
      code: validation('expression: "  "'),
      errors: [{ path: 'spec.validations[0].expression', line: 10, column: 7, messageId: 'expressionRequired' }],
      output: null,
    },
    {
      name: 'a blank message',
      code: validation('expression: "true"\nmessage: " "'),
      errors: [{ path: 'spec.validations[0].message', line: 11, column: 7, messageId: 'blank' }],
    },
    {
      name: 'a message on two lines',
      code: validation('expression: "true"\nmessage: "too\\nmany"'),
      errors: [{ path: 'spec.validations[0].message', line: 11, column: 7, messageId: 'lineBreaks' }],
    },
    {
      name: 'a lone number',
      code: validation('expression: "0"'),
      errors: [{ path: 'spec.validations[0].expression', line: 10, column: 7, messageId: 'cannotCompile' }],
    },
    {
      name: 'a number for a message',
      code: validation('expression: "true"\nmessageExpression: "0"'),
      errors: [{ path: 'spec.validations[0].messageExpression', line: 11, column: 7, messageId: 'cannotCompile' }],
    },
    {
      name: 'an undeclared name in the message expression',
      code: validation('expression: "true"\nmessageExpression: replicas.max'),
      errors: [{ path: 'spec.validations[0].messageExpression', line: 11, column: 7, messageId: 'cannotCompile' }],
    },
    {
      name: 'a lower-case reason',
      code: validation('expression: "true"\nreason: forbidden'),
      errors: [{ path: 'spec.validations[0].reason', line: 11, column: 7, messageId: 'reason' }],
      output: validation('expression: "true"\nreason: Forbidden'),
    },
  ],
});
