import { runRuleTests } from '../../../test/support/rule-tester.js';
import { resourceQuota } from '../../../test/fixtures/quota/manifests.js';
import rule from './scope-invalid.js';

runRuleTests(rule, {
  valid: [
    { name: 'BestEffort pods', code: resourceQuota('hard: {pods: "5"}\nscopes: [BestEffort]') },
    {
      name: 'a priority-class selector',
      code: resourceQuota(
        'hard: {pods: "5", requests.cpu: "2"}\nscopeSelector:\n  matchExpressions:\n    - {scopeName: PriorityClass, operator: In, values: [high]}',
      ),
    },
  ],
  invalid: [
    {
      name: 'BestEffort does not track cpu',
      code: resourceQuota('hard: {requests.cpu: "2"}\nscopes: [BestEffort]'),
      errors: [{ path: 'spec.scopes', line: 8, column: 3, messageId: 'notForResource' }],
      output: null,
    },
    {
      name: 'Terminating and NotTerminating together',
      code: resourceQuota('hard: {pods: "5"}\nscopes: [Terminating, NotTerminating]'),
      errors: [{ path: 'spec.scopes', line: 8, column: 3, messageId: 'conflict' }],
    },
    {
      name: 'a yes/no scope with In',
      code: resourceQuota(
        'hard: {pods: "5"}\nscopeSelector:\n  matchExpressions:\n    - {scopeName: BestEffort, operator: In, values: ["true"]}',
      ),
      errors: [
        {
          path: 'spec.scopeSelector.matchExpressions',
          line: 9,
          column: 5,
          messageId: 'existsOnly',
          oracleField: 'spec.scopeSelector.matchExpressions.operator',
        },
      ],
    },
    {
      name: 'In without values',
      code: resourceQuota(
        'hard: {pods: "5"}\nscopeSelector:\n  matchExpressions:\n    - {scopeName: PriorityClass, operator: In}',
      ),
      errors: [
        {
          path: 'spec.scopeSelector.matchExpressions',
          line: 9,
          column: 5,
          messageId: 'valuesRequired',
          oracleField: 'spec.scopeSelector.matchExpressions.values',
        },
      ],
    },
  ],
});
