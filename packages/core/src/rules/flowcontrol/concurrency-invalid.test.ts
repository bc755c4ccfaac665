import { priorityLevel } from '../../../test/fixtures/flowcontrol/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './concurrency-invalid.js';

function limited(fields: string): string {
  return priorityLevel(
    `type: Limited\nlimited:\n  limitResponse: {type: Reject}\n  ${fields.split('\n').join('\n  ')}`,
  );
}

runRuleTests(rule, {
  valid: [
    {
      name: 'shares and percentages in range',
      code: limited('nominalConcurrencyShares: 0\nlendablePercent: 100\nborrowingLimitPercent: 500'),
    },
    {
      name: 'the exempt level',
      code: priorityLevel('type: Exempt\nexempt: {nominalConcurrencyShares: 0, lendablePercent: 0}', 'exempt'),
    },
  ],
  invalid: [
    {
      name: 'negative shares',
      code: limited('nominalConcurrencyShares: -1'),
      errors: [{ path: 'spec.limited.nominalConcurrencyShares', line: 9, column: 5, messageId: 'negative' }],
      output: null,
    },
    {
      name: 'lendablePercent above 100',
      code: limited('lendablePercent: 101'),
      errors: [{ path: 'spec.limited.lendablePercent', line: 9, column: 5, messageId: 'percent' }],
    },
    {
      name: 'a negative borrowing limit',
      code: limited('borrowingLimitPercent: -5'),
      errors: [{ path: 'spec.limited.borrowingLimitPercent', line: 9, column: 5, messageId: 'negative' }],
    },
    {
      name: 'negative lendablePercent on the exempt level',
      code: priorityLevel('type: Exempt\nexempt: {lendablePercent: -1}', 'exempt'),
      errors: [{ path: 'spec.exempt.lendablePercent', line: 7, column: 12, messageId: 'percent' }],
    },
  ],
});
