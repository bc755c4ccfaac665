import { runRuleTests } from '../../../test/support/rule-tester.js';
import { configMapWithMetadata } from '../../../test/fixtures/metadata/manifests.js';
import rule from './annotations-too-large.js';

const annotation = (bytes: number): string =>
  configMapWithMetadata(`annotations:\n  example.com/blob: "${'x'.repeat(bytes)}"`);
const KEY_BYTES = 'example.com/blob'.length;

runRuleTests(rule, {
  valid: [{ name: 'exactly 256 KiB', code: annotation(256 * 1024 - KEY_BYTES) }],
  invalid: [
    {
      name: 'one byte over',
      code: annotation(256 * 1024 - KEY_BYTES + 1),
      errors: [{ path: 'metadata.annotations', line: 5, column: 3, messageId: 'tooLarge' }],
      output: null,
    },
  ],
});
