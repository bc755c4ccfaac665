import { binding, webhookBody, webhookConfiguration } from '../../../test/fixtures/admission/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './selector-invalid.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'a namespace selector',
      code: webhookConfiguration([
        webhookBody(
          'namespaceSelector:\n  matchExpressions: [{key: policy.example.com/ignore, operator: DoesNotExist}]',
        ),
      ]),
    },
    {
      name: 'a binding selector',
      code: binding(
        'policyName: p\nvalidationActions: [Deny]\nmatchResources:\n  objectSelector: {matchLabels: {app: web}}',
      ),
    },
  ],
  invalid: [
    {
      name: 'a lower-case operator',
      code: webhookConfiguration([
        webhookBody(
          'namespaceSelector:\n  matchExpressions: [{key: policy.example.com/ignore, operator: doesnotexist}]',
        ),
      ]),
      errors: [
        {
          path: 'webhooks[0].namespaceSelector.matchExpressions[0].operator',
          line: 14,
          column: 59,
          messageId: 'operatorUnsupported',
        },
      ],
      output: webhookConfiguration([
        webhookBody(
          'namespaceSelector:\n  matchExpressions: [{key: policy.example.com/ignore, operator: DoesNotExist}]',
        ),
      ]),
    },
    {
      name: 'an invalid key in an object selector',
      code: webhookConfiguration([
        webhookBody('objectSelector:\n  matchExpressions: [{key: "bad key", operator: Exists}]'),
      ]),
      errors: [
        {
          path: 'webhooks[0].objectSelector.matchExpressions[0].key',
          line: 14,
          column: 27,
          messageId: 'expressionKeyInvalid',
        },
      ],
    },
    {
      name: 'a binding namespace selector with an invalid value',
      code: binding(
        'policyName: p\nvalidationActions: [Deny]\nmatchResources:\n  namespaceSelector: {matchLabels: {env: "pro duction"}}',
      ),
      errors: [
        {
          path: 'spec.matchResources.namespaceSelector.matchLabels.env',
          line: 9,
          column: 39,
          messageId: 'matchLabelsValueInvalid',
          oracleField: 'spec.matchResources.namespaceSelector.matchLabels',
        },
      ],
    },
  ],
});
