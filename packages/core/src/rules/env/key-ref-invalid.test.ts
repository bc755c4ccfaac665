import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './key-ref-invalid.js';

const pod = (source: string): string =>
  manifests.pod(manifests.webContainer(`env:\n  - name: VALUE\n    valueFrom:\n      ${source}`));

runRuleTests(rule, {
  valid: [
    {
      name: 'a config map key with dots and underscores',
      code: pod('configMapKeyRef: {name: app.config, key: app_settings.json}'),
    },
    { name: 'a secret key', code: pod('secretKeyRef: {name: db, key: password, optional: true}') },
  ],
  invalid: [
    {
      name: 'a secret name with capitals and a key with a space',
      code: pod('secretKeyRef: {name: DB_Credentials, key: "db password"}'),
      errors: [
        { path: 'spec.containers[0].env[0].valueFrom.secretKeyRef.name', line: 12, column: 28, messageId: 'name' },
        { path: 'spec.containers[0].env[0].valueFrom.secretKeyRef.key', line: 12, column: 50, messageId: 'key' },
      ],
      output: null,
    },
    {
      name: 'a config map key starting with ..',
      code: pod('configMapKeyRef: {name: app, key: ..data}'),
      errors: [
        {
          path: 'spec.containers[0].env[0].valueFrom.configMapKeyRef.key',
          line: 12,
          column: 42,
          messageId: 'key',
          message: "start with '..'",
        },
      ],
    },
  ],
});
