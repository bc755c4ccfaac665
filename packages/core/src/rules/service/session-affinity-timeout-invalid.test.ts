import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './session-affinity-timeout-invalid.js';

const service = (affinity: string, seconds: number): string =>
  manifests.service(
    `selector: {app: web}\nsessionAffinity: ${affinity}\nsessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: ${seconds}\nports:\n  - port: 80`,
  );

runRuleTests(rule, {
  valid: [
    { name: 'one day', code: service('ClientIP', 86400) },
    { name: 'no affinity: the API server drops the config', code: service('None', 0) },
  ],
  invalid: [
    {
      name: 'zero',
      code: service('ClientIP', 0),
      errors: [{ path: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds', line: 10, column: 7, messageId: 'range' }],
      output: null,
    },
    {
      name: 'over a day',
      code: service('ClientIP', 86401),
      errors: [{ path: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds', line: 10, column: 7, messageId: 'range' }],
    },
  ],
});
