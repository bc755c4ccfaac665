import { defineRule } from '../../engine/rule.js';
import { probeSites } from '../../model/probes.js';
import { isSet } from '../../model/values.js';
import { describeHandler } from './utils/handlers.js';

export default defineRule({
  meta: {
    id: 'probes/readiness-grace-period-set',
    severity: 'error',
    origin: 'api-error',
    description: 'A readiness probe must not set terminationGracePeriodSeconds.',
    fixable: false,
    containerFields: ['readinessProbe'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateReadinessProbe' }],
    messages: {
      readinessGracePeriodSet:
        '{{probe}} sets terminationGracePeriodSeconds, but a readiness failure never stops the container, so the API server refuses it (must not be set for readinessProbes); remove it, or move it to the liveness or startup probe',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const probe of probeSites(site)) {
          if (probe.kind !== 'readinessProbe' || !isSet(probe.probe.terminationGracePeriodSeconds)) continue;
          context.report({
            resource,
            path: [...probe.path, 'terminationGracePeriodSeconds'],
            messageId: 'readinessGracePeriodSet',
            data: { probe: describeHandler(probe) },
          });
        }
      },
    };
  },
});
