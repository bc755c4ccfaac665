import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './migration-resource-invalid.js';

const migration = (target: string): string =>
  `apiVersion: storagemigration.k8s.io/v1\nkind: StorageVersionMigration\nmetadata:\n  name: migrate\nspec:\n  resource: ${target}\n`;

runRuleTests(rule, {
  valid: [
    { name: 'deployments in apps', code: migration('{group: apps, resource: deployments}') },
    { name: 'a core resource', code: migration('{resource: secrets}') },
  ],
  invalid: [
    {
      name: 'no resource',
      code: migration('{group: apps}'),
      errors: [{ path: 'spec.resource.resource', line: 6, column: 3, messageId: 'noResource' }],
      output: null,
    },
    {
      name: 'a kind instead of a resource',
      code: migration('{group: apps, resource: Deployment}'),
      errors: [{ path: 'spec.resource.resource', line: 6, column: 27, messageId: 'invalidResource' }],
    },
    {
      name: 'an upper-case group',
      code: migration('{group: Apps, resource: deployments}'),
      errors: [{ path: 'spec.resource.group', line: 6, column: 14, messageId: 'invalidGroup' }],
    },
  ],
});
