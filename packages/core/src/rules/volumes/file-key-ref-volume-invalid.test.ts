import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './file-key-ref-volume-invalid.js';

const pod = (volumes: string, volumeName = 'env-files'): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer(
        `env:\n  - name: DB_PASSWORD\n    valueFrom:\n      fileKeyRef: {volumeName: ${volumeName}, path: db.env, key: PASSWORD}`,
      ),
      `volumes:\n${manifests.indent(volumes, 2)}`,
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'an emptyDir volume', code: pod('- name: env-files\n  emptyDir: {}') },
    { name: 'a volume without a source is defaulted to emptyDir', code: pod('- name: env-files') },
    {
      name: 'the 1.34 API server drops fileKeyRef (EnvFiles is alpha there)',
      code: pod('- name: other\n  emptyDir: {}'),
      kubernetesVersion: '1.34',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'a volume the pod does not declare',
      code: pod('- name: other\n  emptyDir: {}'),
      errors: [
        {
          path: 'spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName',
          line: 12,
          column: 26,
          messageId: 'notFound',
        },
      ],
      output: null,
    },
    {
      name: 'a configMap volume',
      code: pod('- name: env-files\n  configMap: {name: settings}'),
      errors: [
        {
          path: 'spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName',
          line: 12,
          column: 26,
          messageId: 'notEmptyDir',
        },
      ],
    },
  ],
});
