import { runRuleTests } from '../../../test/support/rule-tester.js';
import { widget } from '../../../test/fixtures/schema/manifests.js';
import rule from './crd-constraint-violated.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'a Widget within its CRD’s constraints (custom resources: the oracle cannot judge them)',
      code: widget('size: 2\nname: small\nport: http'),
      oracle: 'skip',
    },
    {
      name: 'an int-or-string field takes a number (custom resources: the oracle cannot judge them)',
      code: widget('size: 2\nport: 8080'),
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'below the minimum (custom resources: the oracle cannot judge them)',
      code: widget('size: 0'),
      oracle: 'skip',
      errors: [
        { path: 'spec.size', line: 37, column: 3, message: 'size 0 must be >= 1: the CustomResourceDefinition' },
      ],
    },
    {
      name: 'a pattern mismatch (custom resources: the oracle cannot judge them)',
      code: widget('size: 1\nname: Small-1'),
      oracle: 'skip',
      errors: [{ path: 'spec.name', line: 38, column: 3, message: 'must match pattern "^[a-z]+$"' }],
    },
  ],
});
