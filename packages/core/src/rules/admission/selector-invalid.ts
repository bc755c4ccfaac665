import { defineRule } from '../../engine/rule.js';
import { LABEL_SELECTOR_MESSAGES, reportLabelSelector } from '../factories/label-selector.js';
import { labelSelectors } from './utils/admission.js';

export default defineRule({
  meta: {
    id: 'admission/selector-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'The namespace and object selectors of webhooks, policies and bindings (and a binding paramRef selector) must be valid label selectors.',
    fixable: true,
    kinds: [
      'ValidatingWebhookConfiguration',
      'MutatingWebhookConfiguration',
      'ValidatingAdmissionPolicy',
      'ValidatingAdmissionPolicyBinding',
    ],
    sources: [{ package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation', function: 'ValidateLabelSelector' }],
    messages: LABEL_SELECTOR_MESSAGES,
  },
  create(context) {
    return {
      resource(resource) {
        for (const { selector, path } of labelSelectors(resource))
          reportLabelSelector(context, resource, selector, path);
      },
    };
  },
});
