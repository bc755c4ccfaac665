import { defineRule } from '../../engine/rule.js';
import { parseQuantity } from '../../model/quantity.js';
import { asObject } from '../../model/values.js';
import { CORE_VALIDATION, persistentVolumeSpec } from './utils/persistent-volumes.js';

export default defineRule({
  meta: {
    id: 'storage/pv-capacity-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'A PersistentVolume’s capacity must hold exactly one entry, storage, with a size above zero.',
    fixable: false,
    kinds: ['PersistentVolume'],
    sources: [
      { package: CORE_VALIDATION, function: 'ValidatePersistentVolumeSpec', type: 'Required', field: 'capacity' },
      { package: CORE_VALIDATION, function: 'ValidatePersistentVolumeSpec', type: 'NotSupported', field: 'capacity' },
      { package: CORE_VALIDATION, function: 'validateBasicResource' },
      { package: CORE_VALIDATION, function: 'ValidatePositiveQuantityValue' },
    ],
    messages: {
      empty:
        'the PersistentVolume’s capacity is empty, so the API server refuses it; state the size as capacity.storage, e.g. 10Gi',
      noStorage:
        'the PersistentVolume’s capacity has no storage entry, so the API server refuses it (supported values: "storage"); state the size as capacity.storage, e.g. 10Gi',
      otherResource:
        'a PersistentVolume’s capacity holds only storage, so the API server refuses {{name}} (supported values: "storage"); remove it',
      notPositive:
        'the PersistentVolume’s capacity {{name}} is {{value}}, but a volume’s size must be above zero, so the API server refuses it',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const capacity = asObject(persistentVolumeSpec(resource)?.capacity);
        // An absent capacity is schema/required-field-missing's finding; a non-map is schema/wrong-type's.
        if (!capacity) return;
        const names = Object.keys(capacity);
        const path = ['spec', 'capacity'];
        if (names.length === 0) {
          context.report({ resource, path, messageId: 'empty' });
          return;
        }
        if (!names.includes('storage')) context.report({ resource, path, messageId: 'noStorage' });
        for (const name of names) {
          if (name !== 'storage')
            context.report({ resource, path: [...path, name], messageId: 'otherResource', data: { name } });
          const quantity = parseQuantity(capacity[name]);
          // An unparsable size is schema/value-unparsable's finding.
          if (quantity && quantity.numerator <= 0n)
            context.report({
              resource,
              path: [...path, name],
              messageId: 'notPositive',
              data: { name, value: String(capacity[name]) },
            });
        }
      },
    };
  },
});
