import { flowSchema, flowSchemaSpec } from '../../../test/fixtures/flowcontrol/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './subject-invalid.js';

const rules = `resourceRules:
  - verbs: ["*"]
    apiGroups: ["*"]
    resources: ["*"]
    clusterScope: true`;

function withSubject(subject: string): string {
  return flowSchema(flowSchemaSpec('', `subjects:\n  - ${subject.split('\n').join('\n    ')}\n${rules}`));
}

runRuleTests(rule, {
  valid: [
    {
      name: 'a service account',
      code: withSubject('kind: ServiceAccount\nserviceAccount: {name: runner, namespace: ci}'),
    },
    {
      name: 'every service account of a namespace',
      code: withSubject('kind: ServiceAccount\nserviceAccount: {name: "*", namespace: ci}'),
    },
    { name: 'a user', code: withSubject('kind: User\nuser: {name: "alice@example.com"}') },
    { name: 'a group', code: withSubject('kind: Group\ngroup: {name: "system:nodes"}') },
  ],
  invalid: [
    {
      name: 'a lower-case kind',
      code: withSubject('kind: group\ngroup: {name: "system:nodes"}'),
      errors: [{ path: 'spec.rules[0].subjects[0].kind', line: 10, column: 11, messageId: 'kindUnsupported' }],
      output: withSubject('kind: Group\ngroup: {name: "system:nodes"}'),
    },
    {
      name: 'no kind',
      code: withSubject('user: {name: alice}'),
      errors: [{ path: 'spec.rules[0].subjects[0].kind', line: 10, column: 11, messageId: 'kindUnsupported' }],
      output: null,
    },
    {
      name: 'a service account subject without serviceAccount',
      code: withSubject('kind: ServiceAccount'),
      errors: [{ path: 'spec.rules[0].subjects[0].serviceAccount', line: 10, column: 11, messageId: 'memberRequired' }],
    },
    {
      name: 'a user subject with a group',
      code: withSubject('kind: User\nuser: {name: alice}\ngroup: {name: admins}'),
      errors: [{ path: 'spec.rules[0].subjects[0].group', line: 12, column: 11, messageId: 'memberForbidden' }],
    },
    {
      name: 'a group without a name',
      code: withSubject('kind: Group\ngroup: {}'),
      errors: [{ path: 'spec.rules[0].subjects[0].group.name', line: 11, column: 11, messageId: 'nameRequired' }],
    },
    {
      name: 'a service account without a namespace',
      code: withSubject('kind: ServiceAccount\nserviceAccount: {name: runner}'),
      errors: [
        {
          path: 'spec.rules[0].subjects[0].serviceAccount.namespace',
          line: 11,
          column: 11,
          messageId: 'namespaceRequired',
        },
      ],
    },
    {
      name: 'invalid service account name and namespace',
      code: withSubject('kind: ServiceAccount\nserviceAccount: {name: Runner, namespace: CI}'),
      errors: [
        { path: 'spec.rules[0].subjects[0].serviceAccount.name', line: 11, column: 28, messageId: 'nameInvalid' },
        { path: 'spec.rules[0].subjects[0].serviceAccount.namespace', line: 11, column: 42, messageId: 'nameInvalid' },
      ],
    },
  ],
});
