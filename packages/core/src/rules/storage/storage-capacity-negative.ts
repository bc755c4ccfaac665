import { defineRule } from '../../engine/rule.js';
import { parseQuantity } from '../../model/quantity.js';
import { CORE_VALIDATION } from './utils/persistent-volumes.js';

export default defineRule({
  meta: {
    id: 'storage/storage-capacity-negative',
    severity: 'error',
    origin: 'api-error',
    kinds: ['CSIStorageCapacity'],
    description: 'A CSIStorageCapacity’s capacity must not be negative.',
    fixable: false,
    sources: [{ package: CORE_VALIDATION, function: 'ValidateNonnegativeQuantity' }],
    messages: {
      negative:
        'capacity is {{value}}, but remaining storage cannot be negative, so the API server refuses the CSIStorageCapacity (must be greater than or equal to 0); use 0 when nothing is left',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (resource.group !== 'storage.k8s.io' || resource.kind !== 'CSIStorageCapacity') return;
        const quantity = parseQuantity(resource.object.capacity);
        // An unparsable quantity is schema/value-unparsable's finding.
        if (quantity && quantity.numerator < 0n)
          context.report({
            resource,
            path: ['capacity'],
            messageId: 'negative',
            data: { value: String(resource.object.capacity) },
          });
      },
    };
  },
});
