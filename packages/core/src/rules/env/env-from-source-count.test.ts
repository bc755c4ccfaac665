import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './env-from-source-count.js';

const pod = (envFrom: string): string =>
  manifests.pod(manifests.webContainer(`envFrom:\n${manifests.indent(envFrom, 2)}`));

runRuleTests(rule, {
  valid: [
    {
      name: 'one source per entry',
      code: pod('- configMapRef: {name: app}\n- secretRef: {name: app}\n  prefix: SECRET_'),
    },
  ],
  invalid: [
    {
      name: 'both sources in one entry',
      code: pod('- configMapRef: {name: app}\n  secretRef: {name: app}'),
      errors: [{ path: 'spec.containers[0].envFrom', line: 9, column: 7, messageId: 'both' }],
      output: null,
    },
    {
      name: 'only a prefix',
      code: pod('- configMapRef: {name: app}\n- prefix: APP_'),
      errors: [{ path: 'spec.containers[0].envFrom', line: 9, column: 7, messageId: 'none', message: 'envFrom[1]' }],
    },
  ],
});
