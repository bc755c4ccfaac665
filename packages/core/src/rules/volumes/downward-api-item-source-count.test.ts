import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './downward-api-item-source-count.js';

const pod = (items: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer(),
      `volumes:\n  - name: info\n    downwardAPI:\n      items:\n${manifests.indent(items, 8)}`,
    ),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'one source per file',
      code: pod(
        '- {path: labels, fieldRef: {fieldPath: metadata.labels}}\n- {path: cpu, resourceFieldRef: {containerName: web, resource: limits.cpu}}',
      ),
    },
  ],
  invalid: [
    {
      name: 'a file with no source',
      code: pod('- {path: labels}'),
      errors: [{ path: 'spec.volumes[0].downwardAPI', line: 11, column: 7, messageId: 'none' }],
      output: null,
    },
    {
      name: 'a file with both sources',
      code: pod(
        '- path: both\n  fieldRef: {fieldPath: metadata.name}\n  resourceFieldRef: {containerName: web, resource: limits.cpu}',
      ),
      errors: [{ path: 'spec.volumes[0].downwardAPI', line: 11, column: 7, messageId: 'both' }],
    },
  ],
});
