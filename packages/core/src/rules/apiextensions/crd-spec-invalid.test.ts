import { runRuleTests } from '../../../test/support/rule-tester.js';
import { crd } from '../../../test/fixtures/apiextensions/manifests.js';
import rule from './crd-spec-invalid.js';

runRuleTests(rule, {
  valid: [
    { name: 'a namespaced CRD', code: crd() },
    { name: 'a cluster CRD that prunes', code: crd({ scope: 'Cluster', spec: 'preserveUnknownFields: false' }) },
  ],
  invalid: [
    {
      name: 'a group without a dot',
      code: crd({ name: 'widgets.example', group: 'example' }),
      errors: [{ path: 'spec.group', line: 6, column: 3, messageId: 'groupDot' }],
      output: null,
    },
    {
      name: 'an upper-case group',
      code: crd({ name: 'widgets.Example.com', group: 'Example.com' }),
      errors: [{ path: 'spec.group', line: 6, column: 3, messageId: 'group' }],
    },
    {
      name: 'a lower-case scope',
      code: crd({ scope: 'namespaced' }),
      errors: [{ path: 'spec.scope', line: 7, column: 3, messageId: 'scope' }],
    },
    {
      name: 'preserveUnknownFields true',
      code: crd({ spec: 'preserveUnknownFields: true' }),
      errors: [{ path: 'spec.preserveUnknownFields', line: 23, column: 3, messageId: 'preserveUnknownFields' }],
    },
  ],
});
