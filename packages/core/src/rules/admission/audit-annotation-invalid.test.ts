import { policy, policyBody } from '../../../test/fixtures/admission/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './audit-annotation-invalid.js';

const annotations = (entries: string): string => policy(policyBody(`auditAnnotations:\n${entries}`));

runRuleTests(rule, {
  valid: [
    { name: 'a key and a value expression', code: annotations('  - {key: high-replicas, valueExpression: "\'yes\'"}') },
    {
      name: 'audit annotations without validations',
      code: policy(
        'matchConstraints:\n  resourceRules:\n    - {operations: [CREATE], apiGroups: [apps], apiVersions: [v1], resources: [deployments]}\nauditAnnotations:\n  - {key: seen, valueExpression: "\'1\'"}',
      ),
    },
  ],
  invalid: [
    {
      name: 'a key with a slash',
      code: annotations('  - {key: a/b, valueExpression: "\'yes\'"}'),
      errors: [{ path: 'spec.auditAnnotations[0].key', line: 12, column: 8, messageId: 'keyInvalid' }],
      output: null,
    },
    {
      name: 'a key used twice',
      code: annotations('  - {key: a, valueExpression: "\'1\'"}\n  - {key: a, valueExpression: "\'2\'"}'),
      errors: [{ path: 'spec.auditAnnotations[1].key', line: 13, column: 8, messageId: 'duplicate' }],
    },
    {
      name: 'a blank value expression',
      code: annotations('  - {key: a, valueExpression: " "}'),
      errors: [{ path: 'spec.auditAnnotations[0].valueExpression', line: 12, column: 16, messageId: 'valueRequired' }],
    },
  ],
});
