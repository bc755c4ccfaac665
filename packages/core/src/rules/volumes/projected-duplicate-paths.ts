import { defineRule } from '../../engine/rule.js';
import { goString } from '../../model/values.js';
import { volumeFiles } from './utils/volume-files.js';

export default defineRule({
  meta: {
    id: 'volumes/projected-duplicate-paths',
    severity: 'error',
    origin: 'api-error',
    description: 'Two files of one projected volume may not have the same path.',
    fixable: false,
    podSpecFields: ['volumes'],
    source: 'validateProjectionSources (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateProjectionSources',
        type: 'Invalid',
        field: '',
      },
    ],
    messages: {
      duplicate:
        'projected volume {{volume}} writes two files to {{path}}; one would overwrite the other, so the API server refuses the object (conflicting duplicate paths); give each its own path',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const seen = new Map<string, Set<string>>();
        for (const file of volumeFiles(site)) {
          // Only projected sources are checked together; a token's path is not part of the check.
          const projectedIndex = file.apiPath.indexOf('projected');
          // A cluster trust bundle's path is counted even when empty; the other files only when set.
          const path = file.kind === 'clusterTrustBundle' ? goString(file.path) : file.path;
          if (projectedIndex < 0 || file.kind === 'serviceAccountToken' || typeof path !== 'string') continue;
          if (path === '' && file.kind !== 'clusterTrustBundle') continue;
          const volumePath = file.apiPath.slice(0, projectedIndex + 1);
          const key = JSON.stringify(volumePath);
          const paths = seen.get(key) ?? new Set<string>();
          seen.set(key, paths);
          if (paths.has(path))
            context.report({
              resource,
              path: volumePath,
              messageId: 'duplicate',
              data: { volume: JSON.stringify(file.volumeName), path: JSON.stringify(path) },
            });
          paths.add(path);
        }
      },
    };
  },
});
