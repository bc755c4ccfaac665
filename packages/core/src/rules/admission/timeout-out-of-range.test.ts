import { webhookBody, webhookConfiguration } from '../../../test/fixtures/admission/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './timeout-out-of-range.js';

runRuleTests(rule, {
  valid: [
    { name: 'one second', code: webhookConfiguration([webhookBody('timeoutSeconds: 1')]) },
    { name: 'thirty seconds', code: webhookConfiguration([webhookBody('timeoutSeconds: 30')]) },
    { name: 'the default', code: webhookConfiguration([webhookBody()]) },
  ],
  invalid: [
    {
      name: 'zero',
      code: webhookConfiguration([webhookBody('timeoutSeconds: 0')]),
      errors: [{ path: 'webhooks[0].timeoutSeconds', line: 13, column: 5, messageId: 'outOfRange' }],
      output: null,
    },
    {
      name: 'a minute on a mutating webhook',
      code: webhookConfiguration([webhookBody('timeoutSeconds: 60')], 'MutatingWebhookConfiguration'),
      errors: [{ path: 'webhooks[0].timeoutSeconds', line: 13, column: 5, messageId: 'outOfRange' }],
    },
  ],
});
