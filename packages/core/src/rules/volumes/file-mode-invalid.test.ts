import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './file-mode-invalid.js';

const pod = (volume: string): string =>
  manifests.pod(
    manifests.blocks(manifests.webContainer(), `volumes:\n  - name: files\n${manifests.indent(volume, 4)}`),
  );

runRuleTests(rule, {
  valid: [
    { name: 'a YAML octal mode', code: pod('secret:\n  secretName: tls\n  defaultMode: 0644') },
    {
      name: 'the decimal form of 0777',
      code: pod('configMap:\n  name: web\n  defaultMode: 511\n  items:\n    - {key: run.sh, path: run.sh, mode: 493}'),
    },
    {
      name: 'zero',
      code: pod('downwardAPI:\n  defaultMode: 0\n  items:\n    - {path: name, fieldRef: {fieldPath: metadata.name}}'),
    },
  ],
  invalid: [
    {
      name: '644 without the leading zero is fixed to its octal value',
      code: pod('secret:\n  secretName: tls\n  defaultMode: 644'),
      errors: [
        {
          path: 'spec.volumes[0].secret.defaultMode',
          line: 13,
          column: 9,
          messageId: 'outOfRange',
          message: 'write 0644',
        },
      ],
      output: pod('secret:\n  secretName: tls\n  defaultMode: 420'),
    },
    {
      name: 'a mode of one item',
      code: pod('configMap:\n  name: web\n  items:\n    - {key: run.sh, path: run.sh, mode: 755}'),
      errors: [{ path: 'spec.volumes[0].configMap.items[0].mode', line: 14, column: 41, messageId: 'outOfRange' }],
      output: pod('configMap:\n  name: web\n  items:\n    - {key: run.sh, path: run.sh, mode: 493}'),
    },
    {
      name: 'a negative projected default has no fix',
      code: pod('projected:\n  defaultMode: -1\n  sources:\n    - configMap: {name: web}'),
      errors: [{ path: 'spec.volumes[0].projected.defaultMode', line: 12, column: 9, messageId: 'outOfRange' }],
      output: null,
    },
    {
      name: 'a downward API file mode is reported without its item index',
      code: pod('downwardAPI:\n  items:\n    - {path: name, fieldRef: {fieldPath: metadata.name}, mode: 1000}'),
      errors: [{ path: 'spec.volumes[0].downwardAPI.mode', line: 11, column: 7, messageId: 'outOfRange' }],
      output: null,
    },
  ],
});
