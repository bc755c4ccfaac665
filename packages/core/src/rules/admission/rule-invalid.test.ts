import {
  binding,
  policy,
  policyBody,
  webhookBody,
  webhookConfiguration,
} from '../../../test/fixtures/admission/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './rule-invalid.js';

const webhookRule = (text: string): string =>
  webhookConfiguration([
    webhookBody().replace('{operations: [CREATE], apiGroups: [""], apiVersions: [v1], resources: [pods]}', text),
  ]);

runRuleTests(rule, {
  valid: [
    { name: 'a webhook rule', code: webhookConfiguration([webhookBody()]) },
    {
      name: 'wildcards alone and subresources',
      code: webhookRule('{operations: ["*"], apiGroups: ["*"], apiVersions: ["*"], resources: ["*", "*/status"]}'),
    },
    { name: 'a policy rule', code: policy(policyBody()) },
  ],
  invalid: [
    {
      name: 'no operations',
      code: webhookRule('{operations: [], apiGroups: [""], apiVersions: [v1], resources: [pods]}'),
      errors: [{ path: 'webhooks[0].rules[0].operations', line: 12, column: 10, messageId: 'required' }],
      output: null,
    },
    {
      name: 'a wildcard beside an operation',
      code: webhookRule('{operations: ["*", CREATE], apiGroups: [""], apiVersions: [v1], resources: [pods]}'),
      errors: [{ path: 'webhooks[0].rules[0].operations', line: 12, column: 10, messageId: 'wildcardWithOthers' }],
    },
    {
      name: 'an empty version and a redundant subresource',
      code: webhookRule(
        '{operations: [CREATE], apiGroups: [""], apiVersions: [""], resources: ["pods/*", "pods/log"]}',
      ),
      errors: [
        { path: 'webhooks[0].rules[0].apiVersions[0]', line: 12, column: 63, messageId: 'emptyEntry' },
        { path: 'webhooks[0].rules[0].resources[1]', line: 12, column: 90, messageId: 'resources' },
      ],
    },
    {
      name: 'a policy rule without apiGroups',
      code: policy(policyBody().replace('apiGroups: [apps]', 'apiGroups: []')),
      errors: [
        { path: 'spec.matchConstraints.resourceRules[0].apiGroups', line: 8, column: 40, messageId: 'required' },
      ],
    },
    {
      name: 'a binding exclude rule with a repeated resource name',
      code: binding(
        'policyName: replica-limit\nvalidationActions: [Deny]\nmatchResources:\n  excludeResourceRules:\n    - {operations: [CREATE], apiGroups: [apps], apiVersions: [v1], resources: [deployments], resourceNames: [web, web]}',
      ),
      errors: [
        {
          path: 'spec.matchResources.excludeResourceRules[0].resourceNames[1]',
          line: 10,
          column: 117,
          messageId: 'resourceName',
        },
      ],
    },
  ],
});
