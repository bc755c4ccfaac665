import { defineRule } from '../../engine/rule.js';
import { claimTemplateNames } from '../../model/workloads.js';
import { asObject, type PlainObject } from '../../model/values.js';
import { singleSourceVolumes } from './utils/volume-files.js';

/**
 * When an ObjectMeta field counts as set for ValidateTemplateObjectMeta, which compares each field
 * with its Go zero value: an empty string, a zero generation, a null timestamp or list are unset,
 * an empty list is set. Timestamps are set unless null (a written zero time is too odd to judge).
 */
const IS_SET: Readonly<Record<string, (value: unknown) => boolean>> = {
  name: nonEmptyString,
  generateName: nonEmptyString,
  namespace: nonEmptyString,
  selfLink: nonEmptyString,
  uid: nonEmptyString,
  resourceVersion: nonEmptyString,
  generation: (value) => typeof value === 'number' && value !== 0,
  creationTimestamp: (value) => typeof value === 'string' && value !== '' && !value.startsWith('0001-01-01'),
  deletionTimestamp: (value) => typeof value === 'string' && value !== '' && !value.startsWith('0001-01-01'),
  deletionGracePeriodSeconds: (value) => typeof value === 'number',
  ownerReferences: Array.isArray,
  finalizers: Array.isArray,
  managedFields: Array.isArray,
};

/** The API server names a field by its Go name with the first letter lower-cased: `uid` is `uID`. */
const API_NAMES: Readonly<Record<string, string>> = { uid: 'uID' };

function nonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

export default defineRule({
  meta: {
    id: 'volumes/ephemeral-claim-metadata-forbidden',
    severity: 'error',
    origin: 'api-error',
    description: 'An ephemeral volume’s claim template may set only labels and annotations in its metadata.',
    fixable: false,
    podSpecFields: ['volumes'],
    source: 'ValidateTemplateObjectMeta (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateFieldAllowList',
        type: 'Forbidden',
      },
    ],
    messages: {
      forbidden:
        'the claim template of ephemeral volume {{volume}} sets metadata.{{field}}, but only labels and annotations may be set there ({{apiField}} cannot be set for an ephemeral volume), so the API server refuses the object: the claim is named {{claimName}} in the pod’s namespace; remove {{field}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        // A StatefulSet's claim template replaces the template volume of the same name before validation.
        const replaced = claimTemplateNames(resource);
        for (const { volume, path, name } of singleSourceVolumes(site)) {
          if (replaced.includes(name)) continue;
          const metadata = asObject(asObject(asObject(volume.ephemeral)?.volumeClaimTemplate)?.metadata);
          if (!metadata) continue;
          for (const field of setFields(metadata))
            context.report({
              resource,
              path: [...path, 'ephemeral', 'volumeClaimTemplate', 'metadata', field],
              messageId: 'forbidden',
              data: {
                volume: JSON.stringify(name),
                field,
                apiField: API_NAMES[field] ?? field,
                claimName: `<pod name>-${name}`,
              },
            });
        }
      },
    };
  },
});

/** The fields of the metadata that ValidateTemplateObjectMeta finds set, in the order written. */
function setFields(metadata: PlainObject): string[] {
  return Object.keys(metadata).filter((field) => Object.hasOwn(IS_SET, field) && IS_SET[field]?.(metadata[field]));
}
