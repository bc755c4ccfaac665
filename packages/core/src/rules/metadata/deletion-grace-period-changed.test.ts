import { runRuleTests } from '../../../test/support/rule-tester.js';
import { configMapWithMetadata } from '../../../test/fixtures/metadata/manifests.js';
import rule from './deletion-grace-period-changed.js';

runRuleTests(rule, {
  valid: [
    { name: 'on create the API server clears it', code: configMapWithMetadata('deletionGracePeriodSeconds: 30') },
    {
      name: 'removed on update',
      code: configMapWithMetadata('labels: {app: web}'),
      old: configMapWithMetadata('deletionGracePeriodSeconds: 30'),
    },
  ],
  invalid: [
    {
      name: 'added on update',
      code: configMapWithMetadata('deletionGracePeriodSeconds: 0'),
      old: configMapWithMetadata('labels: {app: web}'),
      errors: [{ path: 'metadata.deletionGracePeriodSeconds', line: 5, column: 3, messageId: 'changed' }],
      output: null,
    },
    {
      name: 'kept from a manifest whose object was created without it',
      code: configMapWithMetadata('deletionGracePeriodSeconds: 30'),
      old: configMapWithMetadata('deletionGracePeriodSeconds: 30'),
      errors: [{ path: 'metadata.deletionGracePeriodSeconds', line: 5, column: 3, messageId: 'changed' }],
    },
  ],
});
