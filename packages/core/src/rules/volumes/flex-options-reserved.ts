import { defineRule } from '../../engine/rule.js';
import { isReservedFlexOption } from '../../model/flex-volume.js';
import { asObject, preview } from '../../model/values.js';
import { singleSourceVolumes } from './utils/volume-files.js';

export default defineRule({
  meta: {
    id: 'volumes/flex-options-reserved',
    severity: 'error',
    origin: 'api-error',
    description:
      'A flexVolume option key may not use the kubernetes.io or k8s.io namespace, which Kubernetes reserves.',
    fixable: false,
    podSpecFields: ['volumes'],
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateFlexVolumeSource',
        type: 'Invalid',
        field: 'options',
      },
    ],
    messages: {
      reserved:
        'flexVolume option {{option}} of volume {{volume}} is in the kubernetes.io or k8s.io namespace, which Kubernetes reserves for the options it passes to the driver itself, so the API server refuses the object; give the option a prefix of your own (example.com/{{name}})',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { volume, path, name } of singleSourceVolumes(site)) {
          const options = asObject(asObject(volume.flexVolume)?.options);
          for (const option of Object.keys(options ?? {})) {
            if (!isReservedFlexOption(option)) continue;
            const bareName = option.slice(option.indexOf('/') + 1);
            context.report({
              resource,
              path: [...path, 'flexVolume', 'options', option],
              messageId: 'reserved',
              data: { volume: JSON.stringify(name), option: preview(option), name: bareName },
            });
          }
        }
      },
    };
  },
});
