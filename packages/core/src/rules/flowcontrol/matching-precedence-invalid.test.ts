import { flowSchema, flowSchemaSpec } from '../../../test/fixtures/flowcontrol/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './matching-precedence-invalid.js';

runRuleTests(rule, {
  valid: [
    { name: 'a precedence in range', code: flowSchema(flowSchemaSpec('matchingPrecedence: 500')) },
    { name: 'zero is defaulted to 1000', code: flowSchema(flowSchemaSpec('matchingPrecedence: 0')) },
    { name: 'the upper bound', code: flowSchema(flowSchemaSpec('matchingPrecedence: 10000')) },
  ],
  invalid: [
    {
      name: 'negative',
      code: flowSchema(flowSchemaSpec('matchingPrecedence: -1')),
      errors: [{ path: 'spec.matchingPrecedence', line: 6, column: 3, messageId: 'notPositive' }],
      output: null,
    },
    {
      name: 'above 10000',
      code: flowSchema(flowSchemaSpec('matchingPrecedence: 10001')),
      errors: [{ path: 'spec.matchingPrecedence', line: 6, column: 3, messageId: 'tooLarge' }],
    },
    {
      name: 'one is reserved for exempt',
      code: flowSchema(flowSchemaSpec('matchingPrecedence: 1')),
      errors: [{ path: 'spec.matchingPrecedence', line: 6, column: 3, messageId: 'reserved' }],
    },
  ],
});
