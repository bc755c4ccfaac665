import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './source-count.js';

const pod = (volumes: string): string =>
  manifests.pod(manifests.blocks(manifests.webContainer(), `volumes:\n${manifests.indent(volumes, 2)}`));

runRuleTests(rule, {
  valid: [
    { name: 'one source each', code: pod('- name: cache\n  emptyDir: {}\n- name: config\n  configMap: {name: web}') },
    { name: 'a null source does not count', code: pod('- name: cache\n  emptyDir: {}\n  secret: null') },
    { name: 'a volume with only a name is defaulted to an emptyDir', code: pod('- name: cache') },
    {
      name: 'a projected volume combines several',
      code: pod('- name: all\n  projected:\n    sources:\n      - configMap: {name: web}\n      - secret: {name: web}'),
    },
  ],
  invalid: [
    {
      name: 'a config map and a secret',
      code: pod('- name: config\n  configMap: {name: web}\n  secret: {secretName: web}'),
      errors: [
        {
          path: 'spec.volumes[0].configMap',
          line: 11,
          column: 7,
          messageId: 'several',
          message: 'already takes its files from secret',
        },
      ],
      output: null,
    },
    {
      name: 'the API server names the second downwardAPI source downwarAPI',
      code: pod(
        '- name: info\n  secret: {secretName: web}\n  downwardAPI:\n    items:\n      - {path: name, fieldRef: {fieldPath: metadata.name}}',
      ),
      errors: [{ path: 'spec.volumes[0].downwarAPI', line: 10, column: 7, messageId: 'several' }],
    },
  ],
});
