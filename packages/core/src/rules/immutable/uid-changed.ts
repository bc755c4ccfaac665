import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { change } from '../../update/update-view.js';

export default defineRule({
  meta: {
    id: 'immutable/uid-changed',
    severity: 'error',
    origin: 'api-error',
    description: 'A manifest may not carry the uid of another incarnation of the object.',
    fixable: false,
    sources: [
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'ValidateObjectMetaAccessorUpdate' },
      // The uid is compared through ValidateImmutableField (name and namespace are how podlint pairs objects).
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'ValidateImmutableField' },
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation', function: 'Validate_ObjectMeta', field: 'uid' },
    ],
    messages: {
      uidChanged:
        'metadata.uid changes {{oldUid}}: the manifest carries the uid of another incarnation of this {{kind}} (it was saved from an object that has since been deleted and re-created), and the API server refuses it (metadata.uid: field is immutable); remove uid, resourceVersion, creationTimestamp and managedFields from the manifest',
    },
  },
  create(context) {
    return {
      update(pair) {
        const view = context.updateView(pair);
        if (!view.live) return;
        const oldUid = asObject(pair.old.object.metadata)?.uid;
        const newUid = asObject(pair.new.object.metadata)?.uid;
        if (typeof oldUid !== 'string' || typeof newUid !== 'string' || newUid === '' || oldUid === newUid) return;
        context.report({
          resource: pair.new,
          path: ['metadata', 'uid'],
          messageId: 'uidChanged',
          data: { oldUid: change(oldUid, newUid), kind: pair.new.kind },
        });
      },
    };
  },
});
