import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { volumeFiles } from './utils/volume-files.js';

export default defineRule({
  meta: {
    id: 'volumes/downward-api-container-name-missing',
    severity: 'error',
    origin: 'api-error',
    description: "A downward API file's resourceFieldRef must name the container whose requests or limits it holds.",
    fixable: false,
    podSpecFields: ['volumes'],
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateContainerResourceFieldSelector',
        type: 'Required',
        field: 'containerName',
      },
    ],
    messages: {
      missing:
        'downward API file {{path}} of volume {{volume}} reads {{resource}} without a containerName: a volume belongs to the whole pod, so the API server refuses the object; add containerName',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const file of volumeFiles(site)) {
          if (file.kind !== 'downwardAPI') continue;
          const selector = asObject(file.item.resourceFieldRef);
          if (!selector || (typeof selector.containerName === 'string' && selector.containerName !== '')) continue;
          context.report({
            resource,
            // validateDownwardAPIVolumeFile passes the source's path down, without the item index.
            path: [...file.apiPath, 'resourceFieldRef', 'containerName'],
            messageId: 'missing',
            data: {
              path: typeof file.item.path === 'string' ? JSON.stringify(file.item.path) : '(no path)',
              volume: JSON.stringify(file.volumeName),
              resource: typeof selector.resource === 'string' ? JSON.stringify(selector.resource) : 'a resource',
            },
          });
        }
      },
    };
  },
});
