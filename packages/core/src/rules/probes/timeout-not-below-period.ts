import { defineRule } from '../../engine/rule.js';
import { probeSites } from '../../model/probes.js';
import { describeHandler, probeTiming } from './utils/handlers.js';

export default defineRule({
  meta: {
    id: 'probes/timeout-not-below-period',
    severity: 'warning',
    origin: 'pitfall',
    description: "A probe's timeoutSeconds is not shorter than its periodSeconds.",
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe'],
    source: 'podlint; kubelet prober worker semantics (Probe field docs)',
    messages: {
      timeoutNotBelowPeriod:
        '{{probe}} waits up to {{timeoutSeconds}}s for an answer but runs every {{periodSeconds}}s: the next attempt only starts after the previous one ends, so a hanging endpoint is detected later than the period suggests; make timeoutSeconds shorter than periodSeconds (e.g. {{max}})',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const probe of probeSites(site)) {
          const { timeoutSeconds, periodSeconds } = probeTiming(probe.probe);
          // Negative values are refused by probes/negative-timing.
          if (timeoutSeconds < periodSeconds || timeoutSeconds < 0 || periodSeconds < 0) continue;
          context.report({
            resource,
            path: [...probe.path, 'timeoutSeconds'],
            messageId: 'timeoutNotBelowPeriod',
            data: {
              probe: describeHandler(probe),
              timeoutSeconds,
              periodSeconds,
              max: Math.max(1, Math.floor(periodSeconds / 2)),
            },
          });
        }
      },
    };
  },
});
