import { defineRule } from '../../engine/rule.js';
import { asObject, preview } from '../../model/values.js';

/** metav1.Time is compared in UTC to the second, as the API server's semantic equality does. */
function sameInstant(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return a === b;
  const [first, second] = [Date.parse(a), Date.parse(b)];
  return Number.isNaN(first) || Number.isNaN(second) ? a === b : Math.floor(first / 1000) === Math.floor(second / 1000);
}

export default defineRule({
  meta: {
    id: 'metadata/deletion-timestamp-changed',
    severity: 'error',
    origin: 'api-error',
    description: 'An update may not set or change metadata.deletionTimestamp: only a delete request sets it.',
    fixable: false,
    sources: [
      {
        package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation',
        function: 'Validate_ObjectMeta',
        field: 'deletionTimestamp',
      },
      // ValidateObjectMetaAccessorUpdate compares the deletion fields through ValidateImmutableField.
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'ValidateImmutableField' },
    ],
    messages: {
      changed:
        'metadata.deletionTimestamp is {{value}}, but the stored object has {{stored}}: the API server sets it only when the object is deleted, and refuses an update that sets or changes it (field is immutable); remove it from the manifest',
    },
  },
  create(context) {
    return {
      update(pair) {
        const value = asObject(pair.new.object.metadata)?.deletionTimestamp;
        if (value === undefined || value === null) return;
        const view = context.updateView(pair);
        // Create clears the field, so an object created from the old manifest stores none.
        const stored = view.live ? asObject(view.old.metadata)?.deletionTimestamp : undefined;
        if (stored !== undefined && stored !== null && sameInstant(value, stored)) return;
        context.report({
          resource: pair.new,
          path: ['metadata', 'deletionTimestamp'],
          messageId: 'changed',
          data: { value: preview(value), stored: stored === undefined || stored === null ? 'none' : preview(stored) },
        });
      },
    };
  },
});
