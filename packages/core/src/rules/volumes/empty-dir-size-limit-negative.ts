import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { parseQuantity } from '../../model/quantity.js';
import { podVolumes } from './utils/volume-files.js';

export default defineRule({
  meta: {
    id: 'volumes/empty-dir-size-limit-negative',
    severity: 'error',
    origin: 'api-error',
    description: 'An emptyDir sizeLimit must not be negative.',
    fixable: false,
    podSpecFields: ['volumes'],
    source: 'validateVolumeSource (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateVolumeSource',
        type: 'Forbidden',
        field: 'sizeLimit',
      },
    ],
    messages: {
      negative:
        'emptyDir volume {{volume}} has sizeLimit {{value}}, which is negative, so the API server refuses the object; use a positive size, or leave sizeLimit out for no limit',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { volume, path, name } of podVolumes(site)) {
          const limit = asObject(volume.emptyDir)?.sizeLimit;
          const value = parseQuantity(limit);
          if (!value || value.numerator >= 0n) continue;
          context.report({
            resource,
            path: [...path, 'emptyDir', 'sizeLimit'],
            messageId: 'negative',
            data: { volume: JSON.stringify(name), value: JSON.stringify(limit) },
          });
        }
      },
    };
  },
});
