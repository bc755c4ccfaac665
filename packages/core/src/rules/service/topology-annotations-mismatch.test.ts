import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './topology-annotations-mismatch.js';

/** Service `web` with these annotations (the first at line 6, column 5). */
const service = (annotations: string): string =>
  manifests
    .service('selector: {app: web}\nports:\n  - port: 80')
    .replace('  name: web\n', `  name: web\n  annotations:\n${annotations.replace(/^/gm, '    ')}\n`);

runRuleTests(rule, {
  valid: [
    { name: 'the mode alone', code: service('service.kubernetes.io/topology-mode: Auto') },
    {
      name: 'both, equal',
      code: service('service.kubernetes.io/topology-mode: Auto\nservice.kubernetes.io/topology-aware-hints: Auto'),
    },
  ],
  invalid: [
    {
      name: 'both, different',
      code: service('service.kubernetes.io/topology-mode: Auto\nservice.kubernetes.io/topology-aware-hints: Disabled'),
      errors: [
        {
          path: 'metadata.annotations[service.kubernetes.io/topology-mode]',
          line: 6,
          column: 5,
          messageId: 'mismatch',
        },
      ],
      output: null,
    },
  ],
});
