import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';

/** TotalAnnotationSizeLimitB: keys and values together, in bytes. */
const ANNOTATIONS_LIMIT = 256 * 1024;

export default defineRule({
  meta: {
    id: 'metadata/annotations-too-large',
    severity: 'error',
    origin: 'api-error',
    description: 'All annotations of an object together (keys and values) must fit in 256 KiB.',
    fixable: false,
    source: 'ValidateAnnotations, ValidateAnnotationsSize (k8s.io/apimachinery/pkg/api/validation)',
    sources: [{ package: 'k8s.io/apimachinery/pkg/api/validation', function: 'ValidateAnnotations', type: 'TooLong' }],
    messages: {
      tooLarge:
        'the annotations take {{size}} bytes, more than the 262144 (256 KiB) the API server allows, so it refuses the object; move large data into a ConfigMap{{largest}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const annotations = asObject(asObject(resource.object.metadata)?.annotations);
        if (!annotations) return;
        let size = 0;
        let largest: { key: string; size: number } | undefined;
        for (const [key, value] of Object.entries(annotations)) {
          if (typeof value !== 'string') continue;
          const entry = Buffer.byteLength(key) + Buffer.byteLength(value);
          size += entry;
          if (!largest || entry > largest.size) largest = { key, size: entry };
        }
        if (size <= ANNOTATIONS_LIMIT) return;
        context.report({
          resource,
          path: ['metadata', 'annotations'],
          messageId: 'tooLarge',
          data: { size, largest: largest ? ` (the largest is ${largest.key}, ${largest.size} bytes)` : '' },
        });
      },
    };
  },
});
