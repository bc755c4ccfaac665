import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { isObject } from '../../model/values.js';
import { isLongRunningWorkload } from '../../model/workloads.js';

export default defineRule({
  meta: {
    id: 'probes/liveness-missing',
    severity: 'info',
    origin: 'advice',
    description: 'A container of a long-running workload has no liveness probe.',
    fixable: false,
    recommended: false,
    source: 'Polaris livenessProbeMissing; kube-linter no-liveness-probe',
    messages: {
      livenessMissing:
        '{{container}} has no liveness probe, so a deadlocked process is never restarted; add a cheap livenessProbe if a restart would help, more tolerant than the readiness probe',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (!isLongRunningWorkload(resource)) return;
        for (const container of containersOf(site, ['containers'])) {
          if (isObject(container.container.livenessProbe)) continue;
          context.report({
            resource,
            path: container.path,
            messageId: 'livenessMissing',
            data: { container: describeContainer(container) },
          });
        }
      },
    };
  },
});
