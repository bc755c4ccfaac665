import { defineRule } from '../../engine/rule.js';
import { dns1035LabelErrors } from '../../schema/names.js';
import { ADMISSION_VALIDATION, stringList, webhooks } from './utils/admission.js';

const ACCEPTED = ['v1', 'v1beta1'];

export default defineRule({
  meta: {
    id: 'admission/review-versions-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      "A webhook's admissionReviewVersions must list v1 or v1beta1, each version once and spelled as a DNS-1035 label.",
    fixable: false,
    kinds: ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'],
    sources: [{ package: ADMISSION_VALIDATION, function: 'validateAdmissionReviewVersions' }],
    messages: {
      required:
        'the webhook lists no admissionReviewVersions, so the API server refuses it (must specify one of v1, v1beta1); add admissionReviewVersions: [v1]',
      duplicate:
        'version {{value}} is listed twice, so the API server refuses the webhook (duplicate version); list each version once',
      invalid:
        'version {{value}} is not a DNS-1035 label ({{reasons}}), so the API server refuses the webhook; write versions such as "v1"',
      noAccepted:
        'admissionReviewVersions {{value}} include neither v1 nor v1beta1, so the API server could not talk to the webhook and refuses it (must include at least one of v1, v1beta1); add v1',
    },
  },
  create(context) {
    return {
      resource(resource) {
        for (const { webhook, path } of webhooks(resource)) {
          const versions = stringList(webhook.admissionReviewVersions);
          if (!versions) continue;
          const listPath = [...path, 'admissionReviewVersions'];
          if (versions.length === 0) {
            context.report({ resource, path: listPath, messageId: 'required' });
            continue;
          }
          const seen = new Set<string>();
          versions.forEach((version, index) => {
            if (seen.has(version)) {
              context.report({
                resource,
                path: [...listPath, index],
                messageId: 'duplicate',
                data: { value: JSON.stringify(version) },
              });
              return;
            }
            seen.add(version);
            const reasons = dns1035LabelErrors(version);
            if (reasons.length > 0)
              context.report({
                resource,
                path: [...listPath, index],
                messageId: 'invalid',
                data: { value: JSON.stringify(version), reasons: reasons.join('; ') },
              });
          });
          if (!versions.some((version) => ACCEPTED.includes(version)))
            context.report({
              resource,
              path: listPath,
              messageId: 'noAccepted',
              data: { value: JSON.stringify(versions) },
            });
        }
      },
    };
  },
});
