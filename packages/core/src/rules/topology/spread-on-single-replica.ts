import { defineRule } from '../../engine/rule.js';
import { explicitReplicas, spreadConstraints } from './utils/constraints.js';

export default defineRule({
  meta: {
    id: 'topology/spread-on-single-replica',
    severity: 'info',
    origin: 'pitfall',
    description: 'A workload with one replica has topology spread constraints.',
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    source: 'podlint',
    messages: {
      spreadOnSingleReplica:
        '{{kind}} "{{detail}}" runs one replica, so there is nothing to spread and the constraints only restrict where that pod may run; raise replicas or remove the constraints',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (explicitReplicas(resource) !== 1 || spreadConstraints(site).length === 0) return;
        context.report({
          resource,
          path: [...site.path, 'topologySpreadConstraints'],
          messageId: 'spreadOnSingleReplica',
          data: { kind: resource.kind, detail: resource.name ?? '(unnamed)' },
          related: [{ path: ['spec', 'replicas'], message: 'the replica count' }],
        });
      },
    };
  },
});
