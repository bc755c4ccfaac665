import { policy, policyBody, webhookBody, webhookConfiguration } from '../../../test/fixtures/admission/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './match-condition-invalid.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'a webhook match condition',
      code: webhookConfiguration([
        webhookBody(
          'matchConditions:\n  - {name: exclude-leases, expression: "request.resource.resource != \'leases\'"}',
        ),
      ]),
    },
    {
      name: 'a policy match condition',
      code: policy(policyBody('matchConditions:\n  - {name: example.com/not-system, expression: "true"}')),
    },
  ],
  invalid: [
    {
      name: 'an expression that is only an operator',
      code: webhookConfiguration([webhookBody('matchConditions:\n  - {name: all, expression: "*"}')]),
      errors: [{ path: 'webhooks[0].matchConditions[0].expression', line: 14, column: 21, messageId: 'cannotCompile' }],
    },
    {
      name: 'an undeclared name in a policy condition',
      code: policy(policyBody('matchConditions:\n  - {name: prod, expression: "environment == production"}')),
      errors: [{ path: 'spec.matchConditions[0].expression', line: 12, column: 20, messageId: 'cannotCompile' }],
    },
    {
      name: 'an empty condition',
      code: webhookConfiguration([webhookBody('matchConditions:\n  - {}')]),
      errors: [
        { path: 'webhooks[0].matchConditions[0].expression', line: 14, column: 9, messageId: 'expressionRequired' },
        { path: 'webhooks[0].matchConditions[0].name', line: 14, column: 9, messageId: 'nameRequired' },
      ],
      output: null,
    },
    {
      name: 'a name with spaces',
      code: policy(policyBody('matchConditions:\n  - {name: not system, expression: "true"}')),
      errors: [{ path: 'spec.matchConditions[0].name', line: 12, column: 8, messageId: 'nameInvalid' }],
    },
    {
      name: 'a duplicate name',
      code: policy(
        policyBody('matchConditions:\n  - {name: a, expression: "true"}\n  - {name: a, expression: "true"}'),
      ),
      errors: [{ path: 'spec.matchConditions[1].name', line: 13, column: 8, messageId: 'duplicate' }],
    },
  ],
});
