import { runRuleTests } from '../../../test/support/rule-tester.js';
import { configMapWithMetadata } from '../../../test/fixtures/metadata/manifests.js';
import rule from './owner-reference-invalid.js';

const owner = (fields: string): string => `{${fields}, name: web, uid: 6a1b2c3d-0000-4000-8000-000000000001}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'one controller',
      code: configMapWithMetadata(
        `ownerReferences:\n  - ${owner('apiVersion: apps/v1, kind: Deployment, controller: true')}\n  - ${owner('apiVersion: v1, kind: Service')}`,
      ),
    },
  ],
  invalid: [
    {
      name: 'two controllers',
      code: configMapWithMetadata(
        `ownerReferences:\n  - ${owner('apiVersion: apps/v1, kind: Deployment, controller: true')}\n  - ${owner('apiVersion: apps/v1, kind: ReplicaSet, controller: true')}`,
      ),
      errors: [{ path: 'metadata.ownerReferences', line: 5, column: 3, messageId: 'twoControllers' }],
      output: null,
    },
    {
      name: 'a malformed apiVersion',
      code: configMapWithMetadata(`ownerReferences:\n  - ${owner('apiVersion: example.com/v1/extra, kind: Widget')}`),
      errors: [{ path: 'metadata.ownerReferences[0].apiVersion', line: 6, column: 8, messageId: 'apiVersion' }],
    },
    {
      name: 'an Event as owner',
      code: configMapWithMetadata(`ownerReferences:\n  - ${owner('apiVersion: v1, kind: Event')}`),
      errors: [{ path: 'metadata.ownerReferences[0]', line: 6, column: 7, messageId: 'bannedOwner' }],
    },
  ],
});
