import { runRuleTests } from '../../../test/support/rule-tester.js';
import { widgetCrd } from '../../../../../test/fixtures/crds.js';
import rule from './crd-schema-invalid.js';

const crd = widgetCrd;

// The oracle converts to the internal version, whose schema sits under spec.validation.
const INTERNAL = 'spec.validation.openAPIV3Schema.properties[spec].properties';

runRuleTests(rule, {
  valid: [
    {
      name: 'an RE2 pattern, even a catastrophic one for backtracking engines',
      code: crd("name: {type: string, pattern: '^(a+)+$'}"),
    },
    {
      name: 'a set-typed list instead of uniqueItems',
      code: crd('tags: {type: array, x-kubernetes-list-type: set, items: {type: string}}'),
    },
  ],
  invalid: [
    {
      name: 'a lookahead RE2 refuses',
      code: crd("name: {type: string, pattern: '^(?!admin).*$'}"),
      errors: [
        {
          path: 'spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.name.pattern',
          oracleField: `${INTERNAL}[name].pattern`,
          line: 20,
          column: 36,
          messageId: 'pattern',
        },
      ],
    },
    {
      name: 'a backreference',
      code: crd("pair: {type: string, pattern: '(a)\\1'}"),
      errors: [
        {
          path: 'spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.pair.pattern',
          oracleField: `${INTERNAL}[pair].pattern`,
          line: 20,
          column: 36,
          messageId: 'pattern',
        },
      ],
    },
    {
      name: 'uniqueItems: true',
      code: crd('tags: {type: array, uniqueItems: true, items: {type: string}}'),
      errors: [
        {
          path: 'spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.tags.uniqueItems',
          oracleField: `${INTERNAL}[tags].uniqueItems`,
          line: 20,
          column: 35,
          messageId: 'uniqueItems',
        },
      ],
    },
    {
      name: '$ref',
      code: crd("ref: {$ref: '#/definitions/x'}"),
      errors: [
        {
          path: 'spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.ref.$ref',
          oracleField: `${INTERNAL}[ref].$ref`,
          line: 20,
          column: 21,
          messageId: 'forbidden',
        },
      ],
    },
  ],
});
