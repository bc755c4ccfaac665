import { runRuleTests } from '../../../test/support/rule-tester.js';
import { configMapWithMetadata } from '../../../test/fixtures/metadata/manifests.js';
import rule from './generation-negative.js';

runRuleTests(rule, {
  valid: [
    { name: 'generation 0', code: configMapWithMetadata('generation: 0') },
    {
      name: 'an update keeps the stored generation',
      code: configMapWithMetadata('generation: -1'),
      old: configMapWithMetadata('generation: 1'),
    },
    {
      name: 'a Deployment starts at generation 1 whatever the manifest says',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  generation: -1\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: nginx}]\n',
    },
  ],
  invalid: [
    {
      name: 'a negative generation on create',
      code: configMapWithMetadata('generation: -1'),
      errors: [{ path: 'metadata.generation', line: 5, column: 3, messageId: 'negative' }],
      output: null,
    },
  ],
});
