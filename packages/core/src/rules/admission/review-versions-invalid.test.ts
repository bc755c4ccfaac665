import { webhookBody, webhookConfiguration } from '../../../test/fixtures/admission/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './review-versions-invalid.js';

const versions = (list: string): string =>
  webhookBody().replace('admissionReviewVersions: [v1]', `admissionReviewVersions: ${list}`);

runRuleTests(rule, {
  valid: [
    { name: 'v1', code: webhookConfiguration([webhookBody()]) },
    {
      name: 'a version this server does not know, beside v1beta1',
      code: webhookConfiguration([versions('[v2, v1beta1]')]),
    },
  ],
  invalid: [
    {
      name: 'an empty list',
      code: webhookConfiguration([versions('[]')]),
      errors: [{ path: 'webhooks[0].admissionReviewVersions', line: 7, column: 5, messageId: 'required' }],
      output: null,
    },
    {
      name: 'a duplicate',
      code: webhookConfiguration([versions('[v1, v1]')]),
      errors: [{ path: 'webhooks[0].admissionReviewVersions[1]', line: 7, column: 35, messageId: 'duplicate' }],
    },
    {
      name: 'only unknown versions, one not a label',
      code: webhookConfiguration([versions('[V1]')]),
      errors: [
        { path: 'webhooks[0].admissionReviewVersions', line: 7, column: 5, messageId: 'noAccepted' },
        { path: 'webhooks[0].admissionReviewVersions[0]', line: 7, column: 31, messageId: 'invalid' },
      ],
    },
  ],
});
