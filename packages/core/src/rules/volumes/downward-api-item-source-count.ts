import { defineRule } from '../../engine/rule.js';
import { isSet } from '../../model/values.js';
import { volumeFiles } from './utils/volume-files.js';

export default defineRule({
  meta: {
    id: 'volumes/downward-api-item-source-count',
    severity: 'error',
    origin: 'api-error',
    description: 'Each downward API file takes its content from exactly one of fieldRef and resourceFieldRef.',
    fixable: false,
    podSpecFields: ['volumes'],
    source: 'validateDownwardAPIVolumeFile (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateDownwardAPIVolumeFile',
        type: 'Required',
        field: 'downwardAPI',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateDownwardAPIVolumeFile',
        type: 'Invalid',
        field: 'downwardAPI',
      },
    ],
    messages: {
      none: 'downward API file {{path}} of volume {{volume}} names neither a fieldRef nor a resourceFieldRef, so it would be empty and the API server refuses the object; add the field it should hold',
      both: 'downward API file {{path}} of volume {{volume}} names both a fieldRef and a resourceFieldRef, so the API server refuses the object; write one file for each',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const file of volumeFiles(site)) {
          if (file.kind !== 'downwardAPI') continue;
          const count = [file.item.fieldRef, file.item.resourceFieldRef].filter(isSet).length;
          if (count === 1) continue;
          const path = typeof file.item.path === 'string' ? JSON.stringify(file.item.path) : '(no path)';
          context.report({
            resource,
            path: file.apiPath,
            messageId: count === 0 ? 'none' : 'both',
            data: { path, volume: JSON.stringify(file.volumeName) },
          });
        }
      },
    };
  },
});
