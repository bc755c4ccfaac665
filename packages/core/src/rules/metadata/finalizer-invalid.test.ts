import { runRuleTests } from '../../../test/support/rule-tester.js';
import { configMapWithMetadata } from '../../../test/fixtures/metadata/manifests.js';
import rule from './finalizer-invalid.js';
import { eventsApiEvent } from '../../../test/fixtures/events/manifests.js';

/** A core v1 Event in namespace shop, with these finalizers (line 6). */
const coreEvent = (finalizers: string): string =>
  [
    'apiVersion: v1',
    'kind: Event',
    'metadata:',
    '  name: api.17a',
    '  namespace: shop',
    `  finalizers: ${finalizers}`,
    'involvedObject: {kind: Pod, name: api, namespace: shop}',
    'reason: Started',
    'message: Started container',
    'type: Normal',
    'source: {component: kubelet}',
    '',
  ].join('\n');

runRuleTests(rule, {
  valid: [
    { name: 'a domain-prefixed finalizer', code: configMapWithMetadata('finalizers: [example.com/cleanup]') },
    { name: 'a standard finalizer', code: configMapWithMetadata('finalizers: [foregroundDeletion]') },
    { name: 'a core v1 Event: legacy validation leaves its metadata unchecked', code: coreEvent('[Invalid_Value]') },
    {
      name: 'a core v1 Event updated: legacy validation again',
      code: coreEvent('[cleanup]'),
      old: coreEvent('[]'),
    },
  ],
  invalid: [
    {
      name: 'no domain prefix',
      code: configMapWithMetadata('finalizers:\n  - cleanup'),
      errors: [{ path: 'metadata.finalizers[0]', line: 6, column: 7, messageId: 'unqualified' }],
      output: null,
    },
    {
      name: 'a space in the name',
      code: configMapWithMetadata('finalizers:\n  - example.com/clean up'),
      // The API server reports name syntax on the list, not the item.
      errors: [
        { path: 'metadata.finalizers[0]', line: 6, column: 7, messageId: 'syntax', oracleField: 'metadata.finalizers' },
      ],
    },
    {
      name: 'a core v1 Event still needs qualified names',
      code: coreEvent('["example.com/"]'),
      errors: [
        {
          path: 'metadata.finalizers[0]',
          line: 6,
          column: 16,
          messageId: 'syntax',
          oracleField: 'metadata.finalizers',
        },
      ],
    },
    {
      name: 'an unqualified finalizer on a DeviceClass',
      code: 'apiVersion: resource.k8s.io/v1\nkind: DeviceClass\nmetadata:\n  name: gpu\n  finalizers: [cleanup]\nspec: {}\n',
      errors: [{ path: 'metadata.finalizers[0]', line: 5, column: 16, messageId: 'unqualified' }],
    },
    {
      name: 'an events.k8s.io Event is created with the strict object-meta check',
      code: eventsApiEvent().replace('  namespace: shop\n', '  namespace: shop\n  finalizers: [cleanup]\n'),
      errors: [{ path: 'metadata.finalizers[0]', line: 6, column: 16, messageId: 'unqualified' }],
    },
    {
      name: 'an events.k8s.io Event is updated with the strict object-meta check too',
      code: eventsApiEvent().replace('  namespace: shop\n', '  namespace: shop\n  finalizers: [cleanup]\n'),
      old: eventsApiEvent(),
      errors: [{ path: 'metadata.finalizers[0]', line: 6, column: 16, messageId: 'unqualified' }],
    },
    {
      name: 'orphan and foregroundDeletion together',
      code: configMapWithMetadata('finalizers: [orphan, foregroundDeletion]'),
      errors: [{ path: 'metadata.finalizers', line: 5, column: 3, messageId: 'conflict' }],
    },
  ],
});
