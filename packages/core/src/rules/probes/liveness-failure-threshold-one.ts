import { defineRule } from '../../engine/rule.js';
import { probeSites } from '../../model/probes.js';
import { describeHandler, probeTiming } from './utils/handlers.js';

export default defineRule({
  meta: {
    id: 'probes/liveness-failure-threshold-one',
    severity: 'info',
    origin: 'pitfall',
    description: 'A liveness probe restarts the container after a single failed check.',
    fixable: false,
    containerFields: ['livenessProbe'],
    source: 'Kubernetes docs, liveness probe caution',
    messages: {
      livenessFailureThresholdOne:
        '{{probe}} restarts the container after one failed check, so a single GC pause or slow response causes a restart; use failureThreshold 3 (the default) or more',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const probe of probeSites(site)) {
          if (probe.kind !== 'livenessProbe' || probeTiming(probe.probe).failureThreshold !== 1) continue;
          context.report({
            resource,
            path: [...probe.path, 'failureThreshold'],
            messageId: 'livenessFailureThresholdOne',
            data: { probe: describeHandler(probe) },
          });
        }
      },
    };
  },
});
