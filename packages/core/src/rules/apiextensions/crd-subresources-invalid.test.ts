import { runRuleTests } from '../../../test/support/rule-tester.js';
import { crd, crdVersion, WIDGET_SCHEMA } from '../../../test/fixtures/apiextensions/manifests.js';
import rule from './crd-subresources-invalid.js';

const schema = `${WIDGET_SCHEMA}\n    properties:\n      replicas: {type: integer}\n      color: {type: string}`;
const version = (extra: string): string => crd({ versions: crdVersion('v1', schema, extra) });

runRuleTests(rule, {
  valid: [
    {
      name: 'scale, a column and a selectable field',
      code: version(
        'subresources:\n  status: {}\n  scale: {specReplicasPath: .spec.replicas, statusReplicasPath: .status.replicas}\nadditionalPrinterColumns:\n- {name: Replicas, type: integer, jsonPath: .spec.replicas}\nselectableFields:\n- jsonPath: .spec.color',
      ),
    },
  ],
  invalid: [
    {
      name: 'an empty scale',
      code: version('subresources:\n  scale: {}'),
      errors: [
        {
          path: 'spec.versions[0].subresources.scale.specReplicasPath',
          line: 27,
          column: 7,
          messageId: 'scaleRequired',
          oracleField: 'spec.subresources.scale.specReplicasPath',
        },
        {
          path: 'spec.versions[0].subresources.scale.statusReplicasPath',
          line: 27,
          column: 7,
          messageId: 'scaleRequired',
          oracleField: 'spec.subresources.scale.statusReplicasPath',
        },
      ],
      output: null,
    },
    {
      name: 'replicas read from status',
      code: version(
        'subresources:\n  scale: {specReplicasPath: .status.replicas, statusReplicasPath: .status.replicas}',
      ),
      errors: [
        {
          path: 'spec.versions[0].subresources.scale.specReplicasPath',
          line: 27,
          column: 15,
          messageId: 'scalePrefix',
          oracleField: 'spec.subresources.scale.specReplicasPath',
        },
      ],
    },
    {
      name: 'a column without name and with an unknown type',
      code: version('additionalPrinterColumns:\n- {type: text, jsonPath: .spec.color}'),
      errors: [
        {
          path: 'spec.versions[0].additionalPrinterColumns[0].name',
          line: 27,
          column: 7,
          messageId: 'columnRequired',
          oracleField: 'spec.additionalPrinterColumns[0].name',
        },
        {
          path: 'spec.versions[0].additionalPrinterColumns[0].type',
          line: 27,
          column: 8,
          messageId: 'columnValue',
          oracleField: 'spec.additionalPrinterColumns[0].type',
        },
      ],
    },
    {
      name: 'a selectable field without path',
      code: version('selectableFields:\n- {}'),
      errors: [
        {
          path: 'spec.versions[0].selectableFields[0].jsonPath',
          line: 27,
          column: 7,
          messageId: 'selectableRequired',
          oracleField: 'spec.selectableFields[0].jsonPath',
        },
      ],
    },
  ],
});
