import { priorityLevel } from '../../../test/fixtures/flowcontrol/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './priority-level-type-invalid.js';

const limited = 'limited:\n  nominalConcurrencyShares: 20\n  limitResponse: {type: Reject}';

runRuleTests(rule, {
  valid: [
    { name: 'a limited level', code: priorityLevel(`type: Limited\n${limited}`) },
    { name: 'the exempt level', code: priorityLevel('type: Exempt\nexempt: {nominalConcurrencyShares: 0}', 'exempt') },
  ],
  invalid: [
    {
      name: 'no type',
      code: priorityLevel(limited),
      errors: [{ path: 'spec.type', line: 5, column: 1, messageId: 'typeRequired' }],
      output: null,
    },
    {
      name: 'a lower-case type',
      code: priorityLevel(`type: limited\n${limited}`),
      errors: [{ path: 'spec.type', line: 6, column: 3, messageId: 'typeUnsupported' }],
      output: priorityLevel(`type: Limited\n${limited}`),
    },
    {
      name: 'Exempt under another name',
      code: priorityLevel('type: Exempt'),
      errors: [{ path: 'spec.type', line: 6, column: 3, messageId: 'exemptName' }],
    },
    {
      name: 'Limited without limited',
      code: priorityLevel('type: Limited'),
      errors: [{ path: 'spec.limited', line: 5, column: 1, messageId: 'limitedRequired' }],
    },
    {
      name: 'exempt settings on a limited level',
      code: priorityLevel(`type: Limited\n${limited}\nexempt: {nominalConcurrencyShares: 1}`),
      errors: [{ path: 'spec.exempt', line: 10, column: 3, messageId: 'otherTypeForbidden' }],
    },
  ],
});
