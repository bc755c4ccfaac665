import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';

const STORAGE_VALIDATION = 'k8s.io/kubernetes/pkg/apis/storage/validation';
const MAX_PARAMETERS = 512;
const MAX_SIZE = 256 * 1024;

export default defineRule({
  meta: {
    id: 'storage/parameters-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A StorageClass’s or VolumeAttributesClass’s parameters need non-empty keys, at most 512 entries and 256 KiB; a VolumeAttributesClass needs one.',
    fixable: false,
    kinds: ['StorageClass', 'VolumeAttributesClass'],
    sources: [{ package: STORAGE_VALIDATION, function: 'validateParameters' }],
    messages: {
      emptyKey: 'a parameter has an empty key, so the API server refuses the {{kind}}; name it, or remove it',
      tooMany: 'the {{kind}} has {{count}} parameters, more than the 512 the API server allows, so it refuses it',
      tooLarge:
        'the {{kind}}’s parameters add up to {{size}} bytes, more than the 256 KiB the API server allows, so it refuses it',
      required:
        'a VolumeAttributesClass exists to set volume attributes, so the API server refuses one without parameters (must contain at least one key/value pair); add the attributes, e.g. iops: "3000"',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (resource.group !== 'storage.k8s.io') return;
        if (resource.kind !== 'StorageClass' && resource.kind !== 'VolumeAttributesClass') return;
        const raw = resource.object.parameters;
        const parameters = asObject(raw) ?? (raw === undefined || raw === null ? {} : undefined);
        // A non-map is schema/wrong-type's finding.
        if (!parameters) return;
        const path = ['parameters'];
        const keys = Object.keys(parameters);
        const data = { kind: resource.kind, count: keys.length };
        if (keys.length > MAX_PARAMETERS) {
          context.report({ resource, path, messageId: 'tooMany', data });
          return;
        }
        if (keys.includes('')) context.report({ resource, path, messageId: 'emptyKey', data });
        const size = keys.reduce((sum, key) => {
          const value = parameters[key];
          return sum + Buffer.byteLength(key) + (typeof value === 'string' ? Buffer.byteLength(value) : 0);
        }, 0);
        if (size > MAX_SIZE) context.report({ resource, path, messageId: 'tooLarge', data: { ...data, size } });
        if (resource.kind === 'VolumeAttributesClass' && keys.length === 0)
          context.report({ resource, path, messageId: 'required' });
      },
    };
  },
});
