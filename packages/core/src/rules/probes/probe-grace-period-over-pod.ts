import { defineRule } from '../../engine/rule.js';
import { probeSites } from '../../model/probes.js';
import { asNumber } from '../../model/values.js';
import { describeHandler, podGracePeriod } from './utils/handlers.js';

export default defineRule({
  meta: {
    id: 'probes/probe-grace-period-over-pod',
    severity: 'info',
    origin: 'pitfall',
    description: "A probe's terminationGracePeriodSeconds is longer than the pod's.",
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe'],
    source: 'Probe.TerminationGracePeriodSeconds field documentation (k8s.io/api core/v1)',
    messages: {
      probeGracePeriodOverPod:
        "{{probe}} gives a probe-triggered kill {{value}}s, longer than the pod's terminationGracePeriodSeconds ({{podGrace}}) for a normal shutdown; a probe-specific grace period is meant to be shorter, so lower it to at most {{podGrace}} or remove it",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const podGrace = podGracePeriod(site);
        if (podGrace === undefined) return;
        for (const probe of probeSites(site)) {
          const value = asNumber(probe.probe.terminationGracePeriodSeconds);
          if (probe.kind === 'readinessProbe' || value === undefined || value <= podGrace) continue;
          context.report({
            resource,
            path: [...probe.path, 'terminationGracePeriodSeconds'],
            messageId: 'probeGracePeriodOverPod',
            data: { probe: describeHandler(probe), value, podGrace },
          });
        }
      },
    };
  },
});
