import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'metadata/deletion-grace-period-changed',
    severity: 'error',
    origin: 'api-error',
    description: 'An update may not set or change metadata.deletionGracePeriodSeconds: only a delete request sets it.',
    fixable: false,
    sources: [
      {
        package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation',
        function: 'Validate_ObjectMeta',
        field: 'deletionGracePeriodSeconds',
      },
    ],
    messages: {
      changed:
        'metadata.deletionGracePeriodSeconds is {{value}}, but the stored object has {{stored}}: the API server sets it only when the object is deleted, and refuses an update that sets or changes it (field is immutable); remove it from the manifest',
    },
  },
  create(context) {
    return {
      update(pair) {
        const value = asObject(pair.new.object.metadata)?.deletionGracePeriodSeconds;
        if (typeof value !== 'number') return;
        const view = context.updateView(pair);
        // Create clears the field, so an object created from the old manifest stores none; kubectl
        // apply's three-way patch sends the manifest's value whenever it differs from the stored one.
        const stored = view.live ? asObject(view.old.metadata)?.deletionGracePeriodSeconds : undefined;
        if (value === stored) return;
        context.report({
          resource: pair.new,
          path: ['metadata', 'deletionGracePeriodSeconds'],
          messageId: 'changed',
          data: { value, stored: typeof stored === 'number' ? String(stored) : 'none' },
        });
      },
    };
  },
});
