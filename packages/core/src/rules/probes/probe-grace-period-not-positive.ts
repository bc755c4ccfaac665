import { defineRule } from '../../engine/rule.js';
import { probeSites } from '../../model/probes.js';
import { asNumber } from '../../model/values.js';
import { describeHandler } from './utils/handlers.js';

export default defineRule({
  meta: {
    id: 'probes/probe-grace-period-not-positive',
    severity: 'error',
    origin: 'api-error',
    description: "A probe's terminationGracePeriodSeconds must be greater than 0.",
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateProbe' }],
    messages: {
      probeGracePeriodNotPositive:
        "{{probe}} sets terminationGracePeriodSeconds to {{value}}, which the API server refuses (must be greater than 0); set a positive number of seconds, or remove it to use the pod's grace period",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const probe of probeSites(site)) {
          const value = asNumber(probe.probe.terminationGracePeriodSeconds);
          // On a readiness probe any value is refused: probes/readiness-grace-period-set.
          if (value === undefined || value > 0 || probe.kind === 'readinessProbe') continue;
          context.report({
            resource,
            path: [...probe.path, 'terminationGracePeriodSeconds'],
            messageId: 'probeGracePeriodNotPositive',
            data: { probe: describeHandler(probe), value },
          });
        }
      },
    };
  },
});
