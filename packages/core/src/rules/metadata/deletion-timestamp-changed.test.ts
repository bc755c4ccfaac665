import { runRuleTests } from '../../../test/support/rule-tester.js';
import { configMapWithMetadata } from '../../../test/fixtures/metadata/manifests.js';
import rule from './deletion-timestamp-changed.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'on create the API server clears it',
      code: configMapWithMetadata('deletionTimestamp: "2024-05-01T10:00:00Z"'),
    },
    {
      name: 'removed on update',
      code: configMapWithMetadata('labels: {app: web}'),
      old: configMapWithMetadata('deletionTimestamp: "2024-05-01T10:00:00Z"'),
    },
  ],
  invalid: [
    {
      name: 'added on update',
      code: configMapWithMetadata('deletionTimestamp: "2024-05-01T10:00:00Z"'),
      old: configMapWithMetadata('labels: {app: web}'),
      errors: [{ path: 'metadata.deletionTimestamp', line: 5, column: 3, messageId: 'changed' }],
    },
    {
      name: 'kept from a manifest whose object was created without it',
      code: configMapWithMetadata('deletionTimestamp: "2024-05-01T10:00:00Z"'),
      old: configMapWithMetadata('deletionTimestamp: "2024-05-01T10:00:00Z"'),
      errors: [{ path: 'metadata.deletionTimestamp', line: 5, column: 3, messageId: 'changed' }],
    },
  ],
});
