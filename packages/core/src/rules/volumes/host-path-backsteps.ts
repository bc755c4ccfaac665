import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { hasBacksteps } from '../../model/file-paths.js';
import { podVolumes } from './utils/volume-files.js';

export default defineRule({
  meta: {
    id: 'volumes/host-path-backsteps',
    severity: 'error',
    origin: 'api-error',
    description: 'A hostPath volume\'s path must not contain "..".',
    fixable: false,
    podSpecFields: ['volumes'],
    source: 'validateHostPathVolumeSource → validatePathNoBacksteps (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validatePathNoBacksteps', type: 'Invalid' },
    ],
    messages: {
      backsteps:
        'hostPath volume {{volume}} has path {{value}}, which contains a ".." element, so the API server refuses the object; write the normalised path',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { volume, path, name } of podVolumes(site)) {
          const hostPath = asObject(volume.hostPath);
          if (!hostPath || typeof hostPath.path !== 'string' || !hasBacksteps(hostPath.path)) continue;
          context.report({
            resource,
            path: [...path, 'hostPath', 'path'],
            messageId: 'backsteps',
            data: { volume: JSON.stringify(name), value: JSON.stringify(hostPath.path) },
          });
        }
      },
    };
  },
});
