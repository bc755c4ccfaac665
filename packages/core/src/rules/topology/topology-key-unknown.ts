import { defineRule } from '../../engine/rule.js';
import { spreadTopologyKeys } from './utils/topology-keys.js';

export default defineRule({
  meta: {
    id: 'topology/topology-key-unknown',
    severity: 'info',
    origin: 'advice',
    description: 'A topologyKey is a custom node label podlint cannot check.',
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    source: 'Kubernetes docs, Pod Topology Spread Constraints',
    messages: {
      topologyKeyUnknown:
        'topologyKey {{key}} is not a well-known node label; podlint cannot see whether your nodes carry it, and nodes without it are not counted as domains; check with kubectl get nodes -L {{key2}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { key, path, kind } of spreadTopologyKeys(site)) {
          if (kind.kind !== 'unknown') continue;
          context.report({
            resource,
            path,
            messageId: 'topologyKeyUnknown',
            data: { key: JSON.stringify(key), key2: key },
          });
        }
      },
    };
  },
});
