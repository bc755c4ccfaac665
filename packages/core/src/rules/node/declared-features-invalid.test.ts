import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './declared-features-invalid.js';

/** A Node worker-1 whose status.declaredFeatures (from line 6) are these. */
const node = (features: string): string =>
  `apiVersion: v1\nkind: Node\nmetadata:\n  name: worker-1\nstatus:\n  declaredFeatures: [${features}]\n`;

runRuleTests(rule, {
  valid: [
    { name: 'sorted UpperCamelCase names with sub-features', code: node('GuaranteedQoS, InPlaceResize/memory, Swap') },
    {
      name: 'an update keeps the stored status, so a new list is not validated',
      old: node('Swap'),
      code: node('swap, Swap'),
    },
  ],
  invalid: [
    {
      name: 'a lower-case name, which also sorts after the capitals',
      code: node('Swap, guaranteedQoS'),
      errors: [{ path: 'status.declaredFeatures[1]', line: 6, column: 28, messageId: 'name' }],
      output: null,
    },
    {
      name: 'an unsorted list and a repeat',
      code: node('Swap, InPlaceResize, InPlaceResize'),
      errors: [
        { path: 'status.declaredFeatures[1]', line: 6, column: 28, messageId: 'unsorted' },
        { path: 'status.declaredFeatures[2]', line: 6, column: 43, messageId: 'duplicate' },
      ],
    },
  ],
});
