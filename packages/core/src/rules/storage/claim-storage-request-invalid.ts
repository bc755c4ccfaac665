import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { parseQuantity } from '../../model/quantity.js';
import { CLAIM_SPEC_KINDS, claimSpecsOf } from './utils/claim-specs.js';

export default defineRule({
  meta: {
    id: 'storage/claim-storage-request-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A PersistentVolumeClaim (or claim template) must request a storage size above zero in resources.requests.storage.',
    fixable: false,
    kinds: CLAIM_SPEC_KINDS,
    source: 'ValidatePersistentVolumeClaimSpec (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidatePersistentVolumeClaimSpec',
        type: 'Required',
        field: 'resources',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidatePositiveQuantityValue',
        type: 'Invalid',
      },
    ],
    messages: {
      required:
        'the claim requests no storage size (resources.requests.storage), so the API server refuses it; add resources.requests.storage, e.g. 10Gi',
      notPositive:
        'the claim requests storage {{value}}, but a volume needs a size above zero, so the API server refuses it',
    },
  },
  create(context) {
    return {
      resource(resource) {
        for (const site of claimSpecsOf(resource)) {
          const resources = site.spec.resources;
          if (resources !== undefined && resources !== null && !asObject(resources)) continue;
          const requests = asObject(resources)?.requests;
          if (requests !== undefined && requests !== null && !asObject(requests)) continue;
          const storage = asObject(requests)?.storage;
          if (storage === undefined || storage === null) {
            context.report({
              resource,
              path: [...site.path, 'resources', 'requests', 'storage'],
              messageId: 'required',
            });
            continue;
          }
          const quantity = parseQuantity(storage);
          if (quantity && quantity.numerator <= 0n) {
            context.report({
              resource,
              path: [...site.path, 'resources', 'requests', 'storage'],
              messageId: 'notPositive',
              data: { value: String(storage) },
            });
          }
        }
      },
    };
  },
});
