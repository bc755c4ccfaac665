import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './priority-class-value-invalid.js';

const priorityClass = (name: string, value: string): string => `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: ${name}
value: ${value}
`;

runRuleTests(rule, {
  valid: [
    { name: 'the highest user priority', code: priorityClass('important', '1000000000') },
    { name: 'a negative priority', code: priorityClass('batch-low', '-10') },
    { name: 'restating a built-in class exactly', code: priorityClass('system-cluster-critical', '2000000000') },
  ],
  invalid: [
    {
      name: 'above one billion',
      code: priorityClass('important', '1000000001'),
      errors: [{ path: 'value', line: 5, column: 1, messageId: 'tooHigh' }],
      output: null,
    },
    {
      name: 'a reserved prefix',
      code: priorityClass('system-important', '1000'),
      errors: [{ path: 'metadata.name', line: 4, column: 3, messageId: 'reservedName' }],
    },
    {
      name: 'a built-in class with another value',
      code: priorityClass('system-node-critical', '1000'),
      errors: [
        { path: 'metadata.name', line: 4, column: 3, messageId: 'reservedName', message: 'must have value 2000001000' },
      ],
    },
  ],
});
