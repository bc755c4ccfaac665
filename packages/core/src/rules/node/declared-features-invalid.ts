import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { asArray, asObject } from '../../model/values.js';

/** validateNodeDeclaredFeatureName: an UpperCamelCase segment, then "/"-separated alphanumeric segments. */
const FEATURE_NAME = /^[A-Z][a-zA-Z0-9]*(\/[a-zA-Z][a-zA-Z0-9]*)*$/;
const MAX_LENGTH = 253;

export default defineRule({
  meta: {
    id: 'node/declared-features-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Node'],
    description:
      'A Node’s status.declaredFeatures, when a manifest creates the Node with them, are UpperCamelCase names, sorted and distinct.',
    fixable: false,
    // Nodes accept status on create; on update the API server keeps the stored status.
    createOnly: true,
    // NodeDeclaredFeatures is on by default from 1.36 (alpha in 1.35, when the API server drops the field).
    versions: { since: '1.36' },
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateNodeDeclaredFeatures' }],
    messages: {
      name: 'declared feature {{value}} is not a valid feature name: it must start with an UpperCamelCase segment, with further segments after "/" (MyFeature, MyFeature/mySubFeature), of letters and digits, at most 253 characters; the API server refuses the Node',
      unsorted:
        'declared feature {{value}} comes after {{previous}}, but the list must be sorted alphabetically (byte order: capitals first), so the API server refuses the Node; sort the list',
      duplicate: 'declared feature {{value}} is listed twice in a row, which the API server refuses; keep one',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, '', ['Node'])) return;
        const features = asArray(asObject(resource.object.status)?.declaredFeatures);
        features.forEach((feature, index) => {
          if (typeof feature !== 'string') return;
          const path = ['status', 'declaredFeatures', index];
          if (feature.length > MAX_LENGTH || !FEATURE_NAME.test(feature))
            context.report({ resource, path, messageId: 'name', data: { value: JSON.stringify(feature) } });
          const previous = features[index - 1];
          if (index === 0 || typeof previous !== 'string') return;
          // Go compares strings byte by byte; JavaScript by UTF-16 unit, the same order for these ASCII names.
          if (previous === feature)
            context.report({ resource, path, messageId: 'duplicate', data: { value: JSON.stringify(feature) } });
          else if (previous > feature)
            context.report({
              resource,
              path,
              messageId: 'unsorted',
              data: { value: JSON.stringify(feature), previous: JSON.stringify(previous) },
            });
        });
      },
    };
  },
});
