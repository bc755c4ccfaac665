import { defineRule } from '../../engine/rule.js';
import { probeSites } from '../../model/probes.js';
import { isObject } from '../../model/values.js';
import { describeHandler, probeTiming } from './utils/handlers.js';

/** From this delay on, a startup probe is the better tool (kube-score and the Kubernetes docs use a minute as the mark). */
const LONG_DELAY_SECONDS = 60;

export default defineRule({
  meta: {
    id: 'probes/liveness-long-initial-delay',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A liveness probe waits a long initialDelaySeconds instead of using a startup probe.',
    fixable: false,
    containerFields: ['livenessProbe'],
    source: 'Kubernetes docs "Protect slow starting containers with startup probes"; kube-score README_PROBES',
    messages: {
      livenessLongInitialDelay:
        '{{probe}} waits {{initialDelaySeconds}}s before its first check: a fixed delay is too short when the start is slow (restart loop) and leaves a restarted container unchecked for that long; add a startupProbe with the same handler, periodSeconds: {{max}} and failureThreshold: {{threshold}}, and drop the delay',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const probe of probeSites(site)) {
          if (probe.kind !== 'livenessProbe' || isObject(probe.container.container.startupProbe)) continue;
          const { initialDelaySeconds, periodSeconds } = probeTiming(probe.probe);
          if (initialDelaySeconds < LONG_DELAY_SECONDS) continue;
          const threshold = Math.ceil(initialDelaySeconds / Math.max(1, periodSeconds));
          context.report({
            resource,
            path: [...probe.path, 'initialDelaySeconds'],
            messageId: 'livenessLongInitialDelay',
            data: { probe: describeHandler(probe), initialDelaySeconds, max: Math.max(1, periodSeconds), threshold },
          });
        }
      },
    };
  },
});
