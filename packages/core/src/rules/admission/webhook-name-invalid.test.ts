import { webhookBody, webhookConfiguration } from '../../../test/fixtures/admission/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './webhook-name-invalid.js';

const named = (name: string): string => webhookBody().replace('pods.policy.example.com', name);

runRuleTests(rule, {
  valid: [
    { name: 'a fully qualified name', code: webhookConfiguration([webhookBody()]) },
    {
      name: 'two mutating webhooks with their own names',
      code: webhookConfiguration([named('a.example.com'), named('b.example.com')], 'MutatingWebhookConfiguration'),
    },
  ],
  invalid: [
    {
      name: 'two parts only',
      code: webhookConfiguration([named('example.com')]),
      errors: [{ path: 'webhooks[0].name', line: 6, column: 5, messageId: 'segments' }],
      output: null,
    },
    {
      name: 'upper case',
      code: webhookConfiguration([named('Pods.Policy.example.com')]),
      errors: [{ path: 'webhooks[0].name', line: 6, column: 5, messageId: 'invalid' }],
    },
    {
      name: 'the same name twice',
      code: webhookConfiguration([webhookBody(), webhookBody()], 'MutatingWebhookConfiguration'),
      errors: [{ path: 'webhooks[1].name', line: 13, column: 5, messageId: 'duplicate' }],
    },
  ],
});
