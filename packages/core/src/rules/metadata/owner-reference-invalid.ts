import { defineRule } from '../../engine/rule.js';
import { asObject, objectEntries } from '../../model/values.js';

/** schema.ParseGroupVersion: `v1` or `group/version`, with a non-empty version. */
function isGroupVersion(apiVersion: string): boolean {
  const parts = apiVersion.split('/');
  return parts.length <= 2 && (parts[parts.length - 1] ?? '') !== '';
}

export default defineRule({
  meta: {
    id: 'metadata/owner-reference-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'ownerReferences need an apiVersion of the form group/version, may not name an Event, and only one may be the controller.',
    fixable: false,
    source: 'ValidateOwnerReferences, validateOwnerReference (k8s.io/apimachinery/pkg/api/validation)',
    sources: [
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'ValidateOwnerReferences', type: 'Invalid' },
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'validateOwnerReference', type: 'Invalid' },
    ],
    messages: {
      apiVersion:
        'owner apiVersion "{{apiVersion}}" is not <group>/<version> or <version> (e.g. "apps/v1"), so the API server refuses the object',
      bannedOwner:
        'an Event cannot own other objects (events are short-lived and garbage collected), so the API server refuses this owner reference',
      twoControllers:
        'more than one owner reference has controller: true ({{first}} and {{second}}), but an object has at most one managing controller, so the API server refuses it; keep controller: true on one',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const references = objectEntries(asObject(resource.object.metadata)?.ownerReferences);
        let firstController: string | undefined;
        for (const [index, reference] of references) {
          const path = ['metadata', 'ownerReferences', index];
          const apiVersion = reference.apiVersion;
          if (typeof apiVersion === 'string' && apiVersion !== '' && !isGroupVersion(apiVersion))
            context.report({ resource, path: [...path, 'apiVersion'], messageId: 'apiVersion', data: { apiVersion } });
          if (apiVersion === 'v1' && reference.kind === 'Event')
            context.report({ resource, path, messageId: 'bannedOwner' });
          if (reference.controller !== true) continue;
          const name = `${String(reference.kind)}/${String(reference.name)}`;
          if (firstController === undefined) firstController = name;
          else
            context.report({
              resource,
              path: ['metadata', 'ownerReferences'],
              messageId: 'twoControllers',
              data: { first: firstController, second: name },
            });
        }
      },
    };
  },
});
