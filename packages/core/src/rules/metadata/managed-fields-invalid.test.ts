import { runRuleTests } from '../../../test/support/rule-tester.js';
import { configMapWithMetadata } from '../../../test/fixtures/metadata/manifests.js';
import rule from './managed-fields-invalid.js';

/** A ConfigMap whose one managedFields entry (line 6, `- manager: kubectl`) holds these fields from line 7. */
const entry = (fields: string): string =>
  configMapWithMetadata(`managedFields:\n  - manager: kubectl\n${fields.replace(/^/gm, '    ')}`);

runRuleTests(rule, {
  valid: [
    {
      name: 'an entry as kubectl get -o yaml shows it',
      code: entry(
        'operation: Update\napiVersion: v1\ntime: "2024-05-01T10:00:00Z"\nfieldsType: FieldsV1\nfieldsV1: {"f:data": {}}',
      ),
    },
    { name: 'a server-side apply entry without fieldsType', code: entry('operation: Apply\nsubresource: status') },
    {
      name: 'a manager with spaces and non-ASCII letters',
      code: entry('operation: Update').replace('kubectl', '"Mein Bäcker-Tool"'),
    },
  ],
  invalid: [
    {
      name: 'no operation',
      code: entry('fieldsType: FieldsV1'),
      errors: [{ path: 'metadata.managedFields[0].operation', line: 6, column: 7, messageId: 'operationMissing' }],
    },
    {
      name: 'an operation other than Apply or Update',
      code: entry('operation: Patch'),
      errors: [{ path: 'metadata.managedFields[0].operation', line: 7, column: 7, messageId: 'operationUnsupported' }],
    },
    {
      name: 'a fieldsType other than FieldsV1',
      code: entry('operation: Update\nfieldsType: FieldsV2'),
      errors: [{ path: 'metadata.managedFields[0].fieldsType', line: 8, column: 7, messageId: 'fieldsType' }],
    },
    {
      name: 'a manager longer than 128 bytes',
      code: entry('operation: Update').replace('kubectl', 'm'.repeat(129)),
      errors: [{ path: 'metadata.managedFields[0].manager', line: 6, column: 7, messageId: 'managerTooLong' }],
    },
    {
      name: 'a manager with a control character',
      code: entry('operation: Update').replace('kubectl', '"kube\\u0001ctl"'),
      errors: [{ path: 'metadata.managedFields[0].manager', line: 6, column: 7, messageId: 'managerUnprintable' }],
    },
    {
      name: 'a subresource longer than 256 bytes',
      code: entry(`operation: Update\nsubresource: ${'s'.repeat(257)}`),
      errors: [{ path: 'metadata.managedFields[0].subresource', line: 8, column: 7, messageId: 'subresourceTooLong' }],
    },
  ],
});
