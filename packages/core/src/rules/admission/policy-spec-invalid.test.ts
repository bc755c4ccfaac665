import { policy, policyBody } from '../../../test/fixtures/admission/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './policy-spec-invalid.js';

runRuleTests(rule, {
  valid: [
    { name: 'a policy', code: policy(policyBody()) },
    { name: 'a ConfigMap paramKind', code: policy(policyBody('paramKind: {apiVersion: v1, kind: ConfigMap}')) },
    {
      name: 'a custom paramKind',
      code: policy(policyBody('paramKind: {apiVersion: rules.example.com/v1, kind: ReplicaLimit}')),
    },
  ],
  invalid: [
    {
      name: 'no matchConstraints',
      code: policy('validations:\n  - expression: "true"'),
      errors: [{ path: 'spec.matchConstraints', line: 5, column: 1, messageId: 'matchRequired' }],
      output: null,
    },
    {
      name: 'no resourceRules',
      code: policy(policyBody().replace(/resourceRules:\n.*\n/, 'namespaceSelector: {}\n')),
      errors: [{ path: 'spec.matchConstraints.resourceRules', line: 6, column: 3, messageId: 'resourceRulesRequired' }],
    },
    {
      name: 'no validations',
      code: policy(policyBody().replace(/validations:\n.*$/, 'failurePolicy: Fail')),
      errors: [{ path: 'spec.validations', line: 5, column: 1, messageId: 'checksRequired' }],
    },
    {
      name: 'a paramKind without kind and a malformed apiVersion',
      code: policy(policyBody('paramKind: {apiVersion: a/b/v1}')),
      errors: [
        { path: 'spec.paramKind.kind', line: 11, column: 3, messageId: 'paramKindRequired' },
        { path: 'spec.paramKind.apiVersion', line: 11, column: 15, messageId: 'apiVersionInvalid' },
      ],
    },
  ],
});
