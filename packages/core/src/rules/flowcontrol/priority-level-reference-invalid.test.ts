import { flowSchema, flowSchemaSpec } from '../../../test/fixtures/flowcontrol/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './priority-level-reference-invalid.js';

const rule1 = `subjects:
  - kind: Group
    group: {name: system:authenticated}
nonResourceRules:
  - verbs: ["*"]
    nonResourceURLs: ["/healthz"]`;

runRuleTests(rule, {
  valid: [
    { name: 'a priority level name', code: flowSchema() },
    { name: 'a dotted name', code: flowSchema(flowSchemaSpec().replace('name: batch-jobs', 'name: team.batch')) },
  ],
  invalid: [
    {
      name: 'no priority level',
      code: flowSchema(`rules:\n  - ${rule1.split('\n').join('\n    ')}`),
      errors: [{ path: 'spec.priorityLevelConfiguration.name', line: 5, column: 1, messageId: 'required' }],
      output: null,
    },
    {
      name: 'an upper-case name',
      code: flowSchema(flowSchemaSpec().replace('name: batch-jobs', 'name: Batch_Jobs')),
      errors: [{ path: 'spec.priorityLevelConfiguration.name', line: 7, column: 5, messageId: 'invalid' }],
    },
  ],
});
