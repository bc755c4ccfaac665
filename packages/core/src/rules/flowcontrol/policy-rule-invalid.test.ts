import { flowSchema, flowSchemaSpec } from '../../../test/fixtures/flowcontrol/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './policy-rule-invalid.js';

const subjects = `subjects:
  - kind: Group
    group: {name: "system:authenticated"}`;

function withRules(rules: string): string {
  return flowSchema(flowSchemaSpec('', `${subjects}\n${rules}`));
}

runRuleTests(rule, {
  valid: [
    { name: 'a namespaced resource rule', code: flowSchema() },
    {
      name: 'a cluster-scoped rule without namespaces',
      code: withRules('resourceRules:\n  - {verbs: [get], apiGroups: [""], resources: [nodes], clusterScope: true}'),
    },
    {
      name: 'non-resource URLs with a suffix wildcard and the root',
      code: withRules('nonResourceRules:\n  - {verbs: ["*"], nonResourceURLs: ["/", "/healthz", "/apis/*"]}'),
    },
  ],
  invalid: [
    {
      name: 'no subjects',
      code: flowSchema(
        flowSchemaSpec(
          '',
          'resourceRules:\n  - {verbs: [get], apiGroups: [""], resources: [nodes], clusterScope: true}',
        ),
      ),
      errors: [{ path: 'spec.rules[0].subjects', line: 9, column: 7, messageId: 'subjectsRequired' }],
      output: null,
    },
    {
      name: 'neither resource nor non-resource rules',
      code: withRules(''),
      errors: [{ path: 'spec.rules[0]', line: 9, column: 7, messageId: 'rulesRequired' }],
    },
    {
      name: 'an unknown verb',
      code: withRules('resourceRules:\n  - {verbs: [GET], apiGroups: [""], resources: [pods], namespaces: ["*"]}'),
      errors: [{ path: 'spec.rules[0].resourceRules[0].verbs', line: 13, column: 12, messageId: 'verbsUnsupported' }],
    },
    {
      name: 'a wildcard beside other namespaces',
      code: withRules('resourceRules:\n  - {verbs: [get], apiGroups: [""], resources: [pods], namespaces: ["*", ci]}'),
      errors: [
        { path: 'spec.rules[0].resourceRules[0].namespaces', line: 13, column: 62, messageId: 'wildcardWithOthers' },
      ],
    },
    {
      name: 'a namespaced rule without namespaces',
      code: withRules('resourceRules:\n  - {verbs: [get], apiGroups: [""], resources: [pods]}'),
      errors: [{ path: 'spec.rules[0].resourceRules[0].namespaces', line: 13, column: 11, messageId: 'listRequired' }],
    },
    {
      name: 'no resources and an invalid namespace',
      code: withRules('resourceRules:\n  - {verbs: [get], apiGroups: [""], resources: [], namespaces: [CI]}'),
      errors: [
        { path: 'spec.rules[0].resourceRules[0].resources', line: 13, column: 43, messageId: 'listRequired' },
        { path: 'spec.rules[0].resourceRules[0].namespaces[0]', line: 13, column: 71, messageId: 'namespaceInvalid' },
      ],
    },
    {
      name: 'a URL without a leading slash and a wildcard in the middle',
      code: withRules('nonResourceRules:\n  - {verbs: [get], nonResourceURLs: [healthz, "/apis/*/x"]}'),
      errors: [
        { path: 'spec.rules[0].nonResourceRules[0].nonResourceURLs[0]', line: 13, column: 44, messageId: 'urlInvalid' },
        { path: 'spec.rules[0].nonResourceRules[0].nonResourceURLs[1]', line: 13, column: 53, messageId: 'urlInvalid' },
      ],
    },
  ],
});
