import { defineRule } from '../../engine/rule.js';
import { asInteger } from '../../model/builtin.js';
import { ADMISSION_VALIDATION, webhooks } from './utils/admission.js';

export default defineRule({
  meta: {
    id: 'admission/timeout-out-of-range',
    severity: 'error',
    origin: 'api-error',
    description: "A webhook's timeoutSeconds must be between 1 and 30.",
    fixable: false,
    kinds: ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'],
    sources: [
      { package: ADMISSION_VALIDATION, function: 'validateValidatingWebhook', field: 'timeoutSeconds' },
      { package: ADMISSION_VALIDATION, function: 'validateMutatingWebhook', field: 'timeoutSeconds' },
    ],
    messages: {
      outOfRange:
        'timeoutSeconds {{value}} is outside 1–30, so the API server refuses the webhook (the timeout value must be between 1 and 30 seconds); use a value from 1 to 30, or leave it out for 10',
    },
  },
  create(context) {
    return {
      resource(resource) {
        for (const { webhook, path } of webhooks(resource)) {
          const value = asInteger(webhook.timeoutSeconds);
          if (value !== undefined && (value < 1 || value > 30))
            context.report({ resource, path: [...path, 'timeoutSeconds'], messageId: 'outOfRange', data: { value } });
        }
      },
    };
  },
});
