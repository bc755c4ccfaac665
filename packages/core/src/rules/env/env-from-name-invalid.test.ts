import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './env-from-name-invalid.js';

const pod = (envFrom: string): string => manifests.pod(manifests.webContainer(`envFrom:\n${envFrom}`));

runRuleTests(rule, {
  valid: [
    { name: 'valid names', code: pod('  - configMapRef: {name: app-config}\n  - secretRef: {name: db.credentials}') },
    {
      name: 'the name is validated as a prefix, so a trailing dash is accepted',
      code: pod('  - configMapRef: {name: app-config-}'),
    },
    { name: 'a prefix may be anything printable', code: pod('  - prefix: APP_\n    configMapRef: {name: app-config}') },
  ],
  invalid: [
    {
      name: 'a ConfigMap name in capitals',
      code: pod('  - configMapRef: {name: AppConfig}'),
      errors: [{ path: 'spec.containers[0].envFrom[0].configMapRef.name', line: 10, column: 26, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'a Secret name with a slash, in a Deployment',
      code: manifests.deployment(manifests.webContainer('envFrom:\n  - secretRef: {name: db/credentials}')),
      errors: [
        {
          path: 'spec.template.spec.containers[0].envFrom[0].secretRef.name',
          line: 16,
          column: 27,
          messageId: 'invalid',
        },
      ],
    },
  ],
});
