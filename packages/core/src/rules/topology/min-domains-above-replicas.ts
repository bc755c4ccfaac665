import { defineRule } from '../../engine/rule.js';
import { goString } from '../../model/values.js';
import { explicitReplicas, spreadConstraints } from './utils/constraints.js';

export default defineRule({
  meta: {
    id: 'topology/min-domains-above-replicas',
    severity: 'info',
    origin: 'pitfall',
    description: 'minDomains is larger than the number of replicas.',
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    source: 'TopologySpreadConstraint.MinDomains field documentation (k8s.io/api core/v1)',
    messages: {
      minDomainsAboveReplicas:
        'minDomains {{minDomains}} is more than the {{replicas}} replicas: the workload can never fill that many domains, so each pod is pushed to a domain that may not exist and can stay Pending; lower minDomains to at most {{replicas}} or raise replicas',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const replicas = explicitReplicas(resource);
        if (replicas === undefined || replicas < 1) return;
        for (const { constraint, path } of spreadConstraints(site)) {
          const minDomains = constraint.minDomains;
          if (
            typeof minDomains !== 'number' ||
            minDomains <= replicas ||
            goString(constraint.whenUnsatisfiable) !== 'DoNotSchedule'
          )
            continue;
          context.report({
            resource,
            path: [...path, 'minDomains'],
            messageId: 'minDomainsAboveReplicas',
            data: { minDomains, replicas },
            related: [{ path: ['spec', 'replicas'], message: 'the replica count' }],
          });
        }
      },
    };
  },
});
