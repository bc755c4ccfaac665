import { defineRule } from '../../engine/rule.js';
import { asArray, asObject } from '../../model/values.js';
import { explicitReplicas } from './utils/constraints.js';

export default defineRule({
  meta: {
    id: 'topology/spread-missing',
    severity: 'info',
    origin: 'advice',
    description: 'A replicated workload has neither topology spread constraints nor pod anti-affinity.',
    fixable: false,
    recommended: false,
    source: 'Polaris topologySpreadConstraint; kube-score host PodAntiAffinity; kube-linter no-anti-affinity',
    messages: {
      spreadMissing:
        '{{kind}} "{{detail}}" runs {{replicas}} replicas without topology spread constraints or pod anti-affinity, so they may all land on one node or in one zone and fail together; add a topologySpreadConstraint over topology.kubernetes.io/zone (and kubernetes.io/hostname)',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const replicas = explicitReplicas(resource);
        if (replicas === undefined || replicas <= 1) return;
        if (asArray(site.spec.topologySpreadConstraints).length > 0) return;
        if (asObject(asObject(site.spec.affinity)?.podAntiAffinity)) return;
        context.report({
          resource,
          path: site.path,
          messageId: 'spreadMissing',
          data: { kind: resource.kind, detail: resource.name ?? '(unnamed)', replicas },
        });
      },
    };
  },
});
