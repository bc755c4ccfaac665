import { defineRule } from '../../engine/rule.js';
import { asArray, asObject, objectEntries, preview } from '../../model/values.js';
import { qualifiedNameErrors } from '../../schema/names.js';

const STORAGE_VALIDATION = 'k8s.io/kubernetes/pkg/apis/storage/validation';
const NODE_ID_MAX = 256;

export default defineRule({
  meta: {
    id: 'storage/csi-node-driver-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['CSINode'],
    description:
      'A CSINode driver’s topology keys must be distinct label keys, its nodeID at most 256 characters, its volume count not negative.',
    fixable: false,
    sources: [
      { package: STORAGE_VALIDATION, function: 'validateCSINodeDriver' },
      { package: STORAGE_VALIDATION, function: 'validateCSINodeDriverNodeID', type: 'Invalid' },
      { package: STORAGE_VALIDATION, function: 'validateCSINodeDriverAllocatable' },
    ],
    messages: {
      emptyKey: 'a topology key is empty, so the API server refuses the CSINode; remove it, or write the label key',
      duplicateKey: 'topology key {{key}} is listed twice, so the API server refuses the CSINode; list each key once',
      invalidKey: 'topology key {{key}} is not a valid label key: {{reasons}}; the API server refuses the CSINode',
      nodeIdTooLong:
        'nodeID is {{length}} characters long, but the API server allows at most 256, so it refuses the CSINode',
      negativeCount:
        'allocatable.count is {{value}}, but a number of volumes cannot be negative, so the API server refuses the CSINode (must be greater than or equal to 0)',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (resource.group !== 'storage.k8s.io' || resource.kind !== 'CSINode') return;
        for (const [index, driver] of objectEntries(asObject(resource.object.spec)?.drivers)) {
          const path = ['spec', 'drivers', index];
          if (typeof driver.nodeID === 'string' && driver.nodeID.length > NODE_ID_MAX)
            context.report({
              resource,
              path: [...path, 'nodeID'],
              messageId: 'nodeIdTooLong',
              data: { length: driver.nodeID.length },
            });
          const count = asObject(driver.allocatable)?.count;
          if (typeof count === 'number' && count < 0)
            context.report({
              resource,
              path: [...path, 'allocatable', 'count'],
              messageId: 'negativeCount',
              data: { value: count },
            });
          const seen = new Set<string>();
          asArray(driver.topologyKeys).forEach((key, keyIndex) => {
            if (typeof key !== 'string') return;
            const keyPath = [...path, 'topologyKeys', keyIndex];
            if (key === '') {
              context.report({ resource, path: keyPath, messageId: 'emptyKey' });
              return;
            }
            if (seen.has(key))
              context.report({ resource, path: keyPath, messageId: 'duplicateKey', data: { key: preview(key) } });
            seen.add(key);
            const reasons = qualifiedNameErrors(key);
            if (reasons.length)
              context.report({
                resource,
                path: keyPath,
                messageId: 'invalidKey',
                data: { key: preview(key), reasons: reasons.join('; ') },
              });
          });
        }
      },
    };
  },
});
