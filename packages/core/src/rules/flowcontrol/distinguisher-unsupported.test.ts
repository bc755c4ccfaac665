import { flowSchema, flowSchemaSpec } from '../../../test/fixtures/flowcontrol/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './distinguisher-unsupported.js';

runRuleTests(rule, {
  valid: [
    { name: 'ByUser', code: flowSchema(flowSchemaSpec('distinguisherMethod: {type: ByUser}')) },
    { name: 'ByNamespace', code: flowSchema(flowSchemaSpec('distinguisherMethod:\n  type: ByNamespace')) },
    { name: 'no distinguisher', code: flowSchema() },
  ],
  invalid: [
    {
      name: 'a lower-case type',
      code: flowSchema(flowSchemaSpec('distinguisherMethod:\n  type: byuser')),
      errors: [{ path: 'spec.distinguisherMethod.type', line: 7, column: 5, messageId: 'unsupported' }],
      output: flowSchema(flowSchemaSpec('distinguisherMethod:\n  type: ByUser')),
    },
    {
      name: 'no type',
      code: flowSchema(flowSchemaSpec('distinguisherMethod: {}')),
      errors: [{ path: 'spec.distinguisherMethod.type', line: 6, column: 3, messageId: 'unsupported' }],
      output: null,
    },
  ],
});
