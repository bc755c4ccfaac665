import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { isDraKind, RESOURCE_VALIDATION } from './utils/dra.js';

/**
 * The ObjectMeta fields a claim template may not set, by their JSON name, with the name the API
 * server reports (Go's field name with a lower-case first letter: `uid` is reported as `uID`).
 */
const FORBIDDEN: ReadonlyArray<readonly [string, string]> = [
  ['name', 'name'],
  ['generateName', 'generateName'],
  ['namespace', 'namespace'],
  ['selfLink', 'selfLink'],
  ['uid', 'uID'],
  ['resourceVersion', 'resourceVersion'],
  ['generation', 'generation'],
  ['creationTimestamp', 'creationTimestamp'],
  ['deletionTimestamp', 'deletionTimestamp'],
  ['deletionGracePeriodSeconds', 'deletionGracePeriodSeconds'],
  ['ownerReferences', 'ownerReferences'],
  ['finalizers', 'finalizers'],
  ['managedFields', 'managedFields'],
];

/** Whether the decoded Go field differs from its zero value (an empty list is left alone: podlint cannot tell nil from empty). */
function isSetField(field: string, value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (value === 0) return field === 'deletionGracePeriodSeconds';
  return true;
}

export default defineRule({
  meta: {
    id: 'dra/template-metadata-forbidden',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ResourceClaimTemplate'],
    description: "A ResourceClaimTemplate's spec.metadata may only hold labels and annotations.",
    fixable: false,
    sources: [
      { package: RESOURCE_VALIDATION, function: 'validateResourceClaimTemplateSpec' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateTemplateObjectMeta' },
    ],
    messages: {
      forbidden:
        'metadata.{{field}} of a claim template cannot be set (only labels and annotations can), so the API server refuses the template; remove it',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isDraKind(resource, 'ResourceClaimTemplate')) return;
        const metadata = asObject(asObject(resource.object.spec)?.metadata);
        if (!metadata) return;
        for (const [field, reported] of FORBIDDEN) {
          if (isSetField(field, metadata[field]))
            context.report({ resource, path: ['spec', 'metadata', reported], messageId: 'forbidden', data: { field } });
        }
      },
    };
  },
});
