import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { asObject, type PlainObject } from '../../model/values.js';

/** core.MaxSecretSize: the limit of a Secret's or a ConfigMap's data, in bytes. */
const MAX_BYTES = 1024 * 1024;

function textBytes(values: PlainObject | undefined): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const [key, value] of Object.entries(values ?? {}))
    if (typeof value === 'string') sizes.set(key, Buffer.byteLength(value, 'utf8'));
  return sizes;
}

function base64Bytes(values: PlainObject | undefined): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const [key, value] of Object.entries(values ?? {}))
    if (typeof value === 'string') sizes.set(key, Buffer.from(value, 'base64').length);
  return sizes;
}

/**
 * At least the bytes of the values however they decode: UTF-8 takes at most 3 bytes per UTF-16
 * unit, base64 gives fewer bytes than characters. Most ConfigMaps and Secrets are far below the
 * limit by this bound, which needs no encoding or decoding of their data.
 */
function upperBound(values: PlainObject | undefined, bytesPerCharacter: number): number {
  let total = 0;
  for (const key in values) {
    const value = values[key];
    if (typeof value === 'string') total += value.length * bytesPerCharacter;
  }
  return total;
}

function sum(sizes: Map<string, number>): number {
  let total = 0;
  for (const size of sizes.values()) total += size;
  return total;
}

export default defineRule({
  meta: {
    id: 'config/data-too-large',
    severity: 'error',
    origin: 'api-error',
    description: 'A ConfigMap’s or a Secret’s data may hold at most 1 MiB (1,048,576 bytes) in all.',
    fixable: false,
    kinds: ['ConfigMap', 'Secret'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateSecret', type: 'TooLong' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateConfigMap', type: 'TooLong' },
    ],
    messages: {
      secret:
        'the Secret holds {{bytes}} bytes of data (decoded, stringData included); the API server refuses more than {{max}}, since every Secret is stored in etcd and sent to every node that mounts it; split it into several Secrets, or keep large files elsewhere',
      configMap:
        'the ConfigMap holds {{bytes}} bytes in data and binaryData (binaryData decoded); the API server refuses more than {{max}}, since every ConfigMap is stored in etcd and sent to every node that mounts it; split it into several ConfigMaps, or keep large files in an image or a volume',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const object = resource.object;
        if (isBuiltin(resource, '', ['Secret'])) {
          if (upperBound(asObject(object.data), 1) + upperBound(asObject(object.stringData), 3) <= MAX_BYTES) return;
          // The v1 conversion writes stringData over data, key by key.
          const sizes = base64Bytes(asObject(object.data));
          for (const [key, size] of textBytes(asObject(object.stringData))) sizes.set(key, size);
          const bytes = sum(sizes);
          if (bytes > MAX_BYTES)
            context.report({ resource, path: ['data'], messageId: 'secret', data: { bytes, max: MAX_BYTES } });
        } else if (isBuiltin(resource, '', ['ConfigMap'])) {
          if (upperBound(asObject(object.data), 3) + upperBound(asObject(object.binaryData), 1) <= MAX_BYTES) return;
          const bytes = sum(textBytes(asObject(object.data))) + sum(base64Bytes(asObject(object.binaryData)));
          // ValidateConfigMap reports at field.NewPath(""), which the API server prints as "[]".
          if (bytes > MAX_BYTES)
            context.report({ resource, path: [''], messageId: 'configMap', data: { bytes, max: MAX_BYTES } });
        }
      },
    };
  },
});
