import { defineRule } from '../../engine/rule.js';
import { spreadConstraints } from './utils/constraints.js';

export default defineRule({
  meta: {
    id: 'topology/min-domains-not-positive',
    severity: 'error',
    origin: 'api-error',
    description: 'minDomains, when set, must be at least 1.',
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateMinDomains' }],
    messages: {
      minDomainsNotPositive:
        'minDomains {{minDomains}} is not allowed: when set it is the number of domains the scheduler assumes, and the API server refuses values below 1 (must be greater than zero); remove minDomains or set the number of domains you expect, e.g. 3 zones',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { constraint, path } of spreadConstraints(site)) {
          const minDomains = constraint.minDomains;
          if (typeof minDomains !== 'number' || minDomains > 0) continue;
          context.report({
            resource,
            path: [...path, 'minDomains'],
            messageId: 'minDomainsNotPositive',
            data: { minDomains },
          });
        }
      },
    };
  },
});
