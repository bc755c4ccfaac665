import { runRuleTests } from '../../../test/support/rule-tester.js';
import { crd } from '../../../test/fixtures/apiextensions/manifests.js';
import rule from './crd-name-mismatch.js';

runRuleTests(rule, {
  valid: [{ name: 'widgets.example.com', code: crd() }],
  invalid: [
    {
      name: 'the singular in the name',
      code: crd({ name: 'widget.example.com' }),
      errors: [{ path: 'metadata.name', line: 4, column: 3, messageId: 'mismatch' }],
      output: crd(),
    },
    {
      name: 'another group',
      code: crd({ group: 'example.org' }),
      errors: [{ path: 'metadata.name', line: 4, column: 3, messageId: 'mismatch' }],
      output: crd({ name: 'widgets.example.org', group: 'example.org' }),
    },
    {
      name: 'no names at all',
      code: crd().replace(/ {2}names:\n( {4}.*\n)+/, ''),
      errors: [{ path: 'metadata.name', line: 4, column: 3, messageId: 'incomplete' }],
      output: null,
    },
  ],
});
