import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './priority-class-changed.js';

/** PriorityClass `batch`: `value:` at line 5, further fields after it. */
const priorityClass = (value: number, fields = ''): string => `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: batch
value: ${value}
${fields}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'description and globalDefault change',
      old: priorityClass(1000, 'description: batch jobs\n'),
      code: priorityClass(1000, 'description: batch and cron jobs\nglobalDefault: false\n'),
    },
    {
      name: 'preemptionPolicy written as its default',
      old: priorityClass(1000),
      code: priorityClass(1000, 'preemptionPolicy: PreemptLowerPriority\n'),
    },
  ],
  invalid: [
    {
      name: 'the value changes',
      old: priorityClass(1000),
      code: priorityClass(2000),
      errors: [{ path: 'value', line: 5, column: 1, message: 'may not be changed in an update' }],
    },
    {
      name: 'preemptionPolicy changes',
      old: priorityClass(1000),
      code: priorityClass(1000, 'preemptionPolicy: Never\n'),
      errors: [{ path: 'preemptionPolicy', line: 6, column: 1, message: '"PreemptLowerPriority" → "Never"' }],
    },
  ],
});
