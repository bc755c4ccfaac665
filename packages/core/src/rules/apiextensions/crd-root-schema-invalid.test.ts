import { runRuleTests } from '../../../test/support/rule-tester.js';
import { crd, crdVersion, WIDGET_SCHEMA } from '../../../test/fixtures/apiextensions/manifests.js';
import rule from './crd-root-schema-invalid.js';

const withStatus = (schema: string): string =>
  crd({ versions: crdVersion('v1', schema, 'subresources:\n  status: {}') });
const plain = (schema: string): string => crd({ versions: crdVersion('v1', schema) });

runRuleTests(rule, {
  valid: [
    { name: 'an object with status', code: withStatus(WIDGET_SCHEMA) },
    { name: 'a root that keeps unknown fields', code: plain('x-kubernetes-preserve-unknown-fields: true') },
    {
      name: 'required and validations at the root with status',
      code: withStatus(`${WIDGET_SCHEMA}\nrequired: [spec]\nx-kubernetes-validations:\n- rule: has(self.spec)`),
    },
    { name: 'minProperties at the root without status', code: plain(`${WIDGET_SCHEMA}\nminProperties: 1`) },
  ],
  invalid: [
    {
      name: 'no type at the root',
      code: plain('properties:\n  spec:\n    type: object'),
      errors: [
        {
          path: 'spec.versions[0].schema.openAPIV3Schema.type',
          line: 18,
          column: 7,
          messageId: 'typeRequired',
          oracleField: 'spec.validation.openAPIV3Schema.type',
        },
      ],
      output: null,
    },
    {
      name: 'an array at the root',
      code: plain('type: array\nitems: {type: string}'),
      errors: [
        {
          path: 'spec.versions[0].schema.openAPIV3Schema.type',
          line: 19,
          column: 9,
          messageId: 'typeNotObject',
          oracleField: 'spec.validation.openAPIV3Schema.type',
        },
      ],
    },
    {
      name: 'nullable at the root',
      code: plain(`${WIDGET_SCHEMA}\nnullable: true`),
      errors: [
        {
          path: 'spec.versions[0].schema.openAPIV3Schema.nullable',
          line: 23,
          column: 9,
          messageId: 'nullable',
          oracleField: 'spec.validation.openAPIV3Schema.nullable',
        },
      ],
    },
    {
      name: 'minProperties at the root with status',
      code: withStatus(`${WIDGET_SCHEMA}\nminProperties: 1`),
      errors: [
        {
          path: 'spec.versions[0].schema.openAPIV3Schema.minProperties',
          line: 23,
          column: 9,
          messageId: 'notWithStatus',
          oracleField: 'spec.validation.openAPIV3Schema',
        },
      ],
    },
    {
      name: 'an empty x-kubernetes-map-type at the root with status',
      code: withStatus(`${WIDGET_SCHEMA}\nx-kubernetes-map-type: ""`),
      errors: [
        {
          path: 'spec.versions[0].schema.openAPIV3Schema.x-kubernetes-map-type',
          line: 23,
          column: 9,
          messageId: 'notWithStatus',
          oracleField: 'spec.validation.openAPIV3Schema',
        },
      ],
    },
  ],
});
