import { runRuleTests } from '../../../test/support/rule-tester.js';
import { crd, crdVersion, WIDGET_SCHEMA } from '../../../test/fixtures/apiextensions/manifests.js';
import rule from './crd-validation-rule-invalid.js';

const validations = (entries: string): string =>
  crd({ versions: crdVersion('v1', `${WIDGET_SCHEMA}\nx-kubernetes-validations:\n${entries}`) });

runRuleTests(rule, {
  valid: [
    { name: 'a rule with a message', code: validations('- {rule: has(self.spec), message: spec is required}') },
    { name: 'a rule with a reason', code: validations('- {rule: has(self.spec), reason: FieldValueRequired}') },
  ],
  invalid: [
    {
      name: 'no rule',
      code: validations('- {}'),
      errors: [
        {
          path: 'spec.versions[0].schema.openAPIV3Schema.x-kubernetes-validations[0].rule',
          line: 24,
          column: 11,
          messageId: 'noRule',
          oracleField: 'spec.validation.openAPIV3Schema.x-kubernetes-validations[0].rule',
        },
      ],
      output: null,
    },
    {
      name: 'an unknown reason',
      code: validations('- {rule: has(self.spec), reason: Missing}'),
      errors: [
        {
          path: 'spec.versions[0].schema.openAPIV3Schema.x-kubernetes-validations[0].reason',
          line: 24,
          column: 34,
          messageId: 'reason',
          oracleField: 'spec.validation.openAPIV3Schema.x-kubernetes-validations[0].reason',
        },
      ],
    },
    {
      name: 'a blank message',
      code: validations('- {rule: has(self.spec), message: " "}'),
      errors: [
        {
          path: 'spec.versions[0].schema.openAPIV3Schema.x-kubernetes-validations[0].message',
          line: 24,
          column: 34,
          messageId: 'blank',
          oracleField: 'spec.validation.openAPIV3Schema.x-kubernetes-validations[0].message',
        },
      ],
    },
  ],
});
