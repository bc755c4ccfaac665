import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './file-key-ref-invalid.js';

const pod = (fileKeyRef: string): string =>
  manifests.pod(
    manifests.blocks(
      'volumes:\n  - name: config\n    emptyDir: {}',
      manifests.webContainer(`env:\n  - name: TOKEN\n    valueFrom:\n      fileKeyRef: ${fileKeyRef}`),
    ),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'a key in a file of an emptyDir volume',
      code: pod('{key: API_TOKEN, volumeName: config, path: env/app.env}'),
    },
    {
      name: 'not judged before 1.35, when EnvFiles was alpha and the API server dropped the field',
      code: pod('{optional: true}'),
      kubernetesVersion: '1.34',
      oracle: 'skip',
    },
    {
      name: 'a key with dots and dashes',
      code: pod('{key: api.token-1, volumeName: config, path: app.env, optional: true}'),
    },
  ],
  invalid: [
    {
      name: 'nothing but optional',
      code: pod('{optional: true}'),
      errors: [
        { path: 'spec.containers[0].env[0].valueFrom.fileKeyRef.key', line: 15, column: 13, messageId: 'invalid' },
        {
          path: 'spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName',
          line: 15,
          column: 13,
          messageId: 'invalid',
        },
        { path: 'spec.containers[0].env[0].valueFrom.fileKeyRef.path', line: 15, column: 13, messageId: 'invalid' },
      ],
      output: null,
    },
    {
      name: "a key with '=', a volume name with capitals, a path climbing out",
      code: pod('{key: "A=B", volumeName: Config, path: ../secrets.env}'),
      errors: [
        { path: 'spec.containers[0].env[0].valueFrom.fileKeyRef.key', line: 15, column: 26, messageId: 'invalid' },
        {
          path: 'spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName',
          line: 15,
          column: 38,
          messageId: 'invalid',
        },
        { path: 'spec.containers[0].env[0].valueFrom.fileKeyRef.path', line: 15, column: 58, messageId: 'invalid' },
      ],
    },
    {
      name: 'an empty key',
      code: pod('{key: "", volumeName: config, path: app.env}'),
      errors: [
        { path: 'spec.containers[0].env[0].valueFrom.fileKeyRef.key', line: 15, column: 26, messageId: 'invalid' },
      ],
    },
  ],
});
