import { defineRule } from '../../engine/rule.js';
import { probeSites } from '../../model/probes.js';
import { asNumber } from '../../model/values.js';
import { describeHandler, podGracePeriod } from './handlers.js';

export default defineRule({
  meta: {
    id: 'probes/probe-grace-period-over-pod',
    severity: 'info',
    origin: 'pitfall',
    description: "A probe's terminationGracePeriodSeconds is longer than the pod's.",
    help: [
      "A liveness or startup probe's `terminationGracePeriodSeconds` replaces the pod's grace period when that probe kills the container. It is meant to be *shorter* (a hung process needs no long shutdown); a longer one makes a probe-triggered kill wait longer than a normal shutdown, which is rarely intended.",
      '',
      'Bad:',
      '```yaml',
      'terminationGracePeriodSeconds: 30',
      'containers:',
      '  - livenessProbe: {httpGet: {path: /healthz, port: 8080}, terminationGracePeriodSeconds: 120}',
      '```',
      'Good:',
      '```yaml',
      'terminationGracePeriodSeconds: 30',
      'containers:',
      '  - livenessProbe: {httpGet: {path: /healthz, port: 8080}, terminationGracePeriodSeconds: 10}',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'Probe.TerminationGracePeriodSeconds field documentation (k8s.io/api core/v1)',
    messages: {
      probeGracePeriodOverPod: '{{probe}} gives a probe-triggered kill {{value}}s, longer than the pod\'s terminationGracePeriodSeconds ({{podGrace}}) for a normal shutdown; a probe-specific grace period is meant to be shorter, so lower it to at most {{podGrace}} or remove it',
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
            messageId: 'probeGracePeriodOverPod', data: { probe: describeHandler(probe), value, podGrace },
          });
        }
      },
    };
  },
});
