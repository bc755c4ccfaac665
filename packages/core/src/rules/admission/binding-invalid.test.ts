import { binding } from '../../../test/fixtures/admission/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './binding-invalid.js';

runRuleTests(rule, {
  valid: [
    { name: 'Deny', code: binding('policyName: replica-limit\nvalidationActions: [Deny]') },
    { name: 'Warn and Audit', code: binding('policyName: replica-limit\nvalidationActions: [Warn, Audit]') },
    {
      name: 'a paramRef by selector',
      code: binding(
        'policyName: p\nvalidationActions: [Deny]\nparamRef: {selector: {matchLabels: {app: web}}, parameterNotFoundAction: Allow}',
      ),
    },
  ],
  invalid: [
    {
      name: 'no policy name',
      code: binding('validationActions: [Deny]'),
      errors: [{ path: 'spec.policyName', line: 5, column: 1, messageId: 'policyRequired' }],
      output: null,
    },
    {
      name: 'an upper-case policy name',
      code: binding('policyName: Replica_Limit\nvalidationActions: [Deny]'),
      errors: [{ path: 'spec.policyName', line: 6, column: 3, messageId: 'policyInvalid' }],
    },
    {
      name: 'no actions',
      code: binding('policyName: p\nvalidationActions: []'),
      errors: [{ path: 'spec.validationActions', line: 7, column: 3, messageId: 'actionsRequired' }],
    },
    {
      name: 'a lower-case action',
      code: binding('policyName: p\nvalidationActions: [deny]'),
      errors: [{ path: 'spec.validationActions[0]', line: 7, column: 23, messageId: 'actionUnsupported' }],
      output: binding('policyName: p\nvalidationActions: [Deny]'),
    },
    {
      name: 'Deny twice and Warn',
      code: binding('policyName: p\nvalidationActions: [Deny, Warn, Deny]'),
      errors: [
        { path: 'spec.validationActions', line: 7, column: 3, messageId: 'denyAndWarn' },
        { path: 'spec.validationActions[2]', line: 7, column: 35, messageId: 'actionDuplicate' },
      ],
    },
    {
      name: 'an empty paramRef',
      code: binding('policyName: p\nvalidationActions: [Deny]\nparamRef: {}'),
      errors: [
        { path: 'spec.paramRef', line: 8, column: 3, messageId: 'nameOrSelector' },
        { path: 'spec.paramRef.parameterNotFoundAction', line: 8, column: 3, messageId: 'notFoundActionRequired' },
      ],
    },
    {
      name: 'a paramRef with name and selector',
      code: binding(
        'policyName: p\nvalidationActions: [Deny]\nparamRef: {name: limits, selector: {}, parameterNotFoundAction: Deny}',
      ),
      errors: [{ path: 'spec.paramRef.name', line: 8, column: 14, messageId: 'nameAndSelector' }],
    },
  ],
});
