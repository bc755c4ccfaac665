import { defineRule } from '../../engine/rule.js';
import { spreadConstraints } from './constraints.js';

export default defineRule({
  meta: {
    id: 'topology/min-domains-not-positive',
    severity: 'error',
    origin: 'api-error',
    description: 'minDomains, when set, must be at least 1.',
    help: [
      '`minDomains` is the number of domains the scheduler assumes exist: while fewer have matching pods, the global minimum counts as 0. It is optional (absent means 1), but when set the API server refuses 0 and negative values (`must be greater than zero`). Remove it or set the number of zones (or nodes) you expect.',
      '',
      'Bad:',
      '```yaml',
      '- {maxSkew: 1, minDomains: 0, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: web}}}',
      '```',
      'Good:',
      '```yaml',
      '- {maxSkew: 1, minDomains: 3, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: web}}}',
      '```',
    ].join('\n'),
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateMinDomains' },
    ],
    messages: {
      minDomainsNotPositive: 'minDomains {{minDomains}} is not allowed: when set it is the number of domains the scheduler assumes, and the API server refuses values below 1 (must be greater than zero); remove minDomains or set the number of domains you expect, e.g. 3 zones',
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
            messageId: 'minDomainsNotPositive', data: { minDomains },
          });
        }
      },
    };
  },
});
