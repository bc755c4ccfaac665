import { defineRule } from '../../engine/rule.js';
import { goString } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';
import { ADMISSION_VALIDATION, webhooks } from './utils/admission.js';

export default defineRule({
  meta: {
    id: 'admission/webhook-name-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A webhook name must be a fully qualified domain name (at least three dot-separated parts), unique in its configuration.',
    fixable: false,
    kinds: ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'],
    sources: [
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsFullyQualifiedName' },
      { package: ADMISSION_VALIDATION, function: 'validateValidatingWebhookConfiguration', type: 'Duplicate' },
      { package: ADMISSION_VALIDATION, function: 'validateMutatingWebhookConfiguration', type: 'Duplicate' },
    ],
    messages: {
      required:
        'this webhook has no name, so the API server refuses the configuration; name it with a fully qualified domain name such as "pods.policy.example.com"',
      invalid:
        'webhook name {{value}} is not a DNS subdomain ({{reasons}}), so the API server refuses the configuration; use a lowercase name such as "pods.policy.example.com"',
      segments:
        'webhook name {{value}} has fewer than three dot-separated parts, so the API server refuses the configuration (should be a domain with at least three segments separated by dots); write e.g. "{{suggestion}}"',
      duplicate:
        'webhook name {{value}} is already used by webhook {{first}} of this configuration, so the API server refuses it (Duplicate value); give each webhook its own name',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const seen = new Map<string, number>();
        for (const { webhook, path } of webhooks(resource)) {
          const name = goString(webhook.name);
          if (name === undefined) continue;
          const namePath = [...path, 'name'];
          if (name === '') {
            context.report({ resource, path: namePath, messageId: 'required' });
            continue;
          }
          const reasons = dns1123SubdomainErrors(name);
          if (reasons.length > 0)
            context.report({
              resource,
              path: namePath,
              messageId: 'invalid',
              data: { value: JSON.stringify(name), reasons: reasons.join('; ') },
            });
          else if (name.split('.').length < 3)
            context.report({
              resource,
              path: namePath,
              messageId: 'segments',
              data: { value: JSON.stringify(name), suggestion: `${name}.example.com` },
            });
          const first = seen.get(name);
          if (first !== undefined)
            context.report({
              resource,
              path: namePath,
              messageId: 'duplicate',
              data: { value: JSON.stringify(name), first },
            });
          else seen.set(name, path[1] as number);
        }
      },
    };
  },
});
