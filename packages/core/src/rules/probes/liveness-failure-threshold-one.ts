import { defineRule } from '../../engine/rule.js';
import { probeSites } from '../../model/probes.js';
import { describeHandler, probeTiming } from './handlers.js';

export default defineRule({
  meta: {
    id: 'probes/liveness-failure-threshold-one',
    severity: 'info',
    origin: 'pitfall',
    description: 'A liveness probe restarts the container after a single failed check.',
    help: [
      'With `failureThreshold: 1` one missed check — a garbage-collection pause, a busy node, a slow disk — restarts the container. Restarts under load make the load worse, and the Kubernetes docs warn that careless liveness probes cause cascading failures. Keep the default of 3 or more.',
      '',
      'Bad:',
      '```yaml',
      'livenessProbe:',
      '  httpGet: {path: /healthz, port: 8080}',
      '  failureThreshold: 1',
      '```',
      'Good:',
      '```yaml',
      'livenessProbe:',
      '  httpGet: {path: /healthz, port: 8080}',
      '  failureThreshold: 3',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'Kubernetes docs, liveness probe caution',
    messages: {
      livenessFailureThresholdOne: '{{probe}} restarts the container after one failed check, so a single GC pause or slow response causes a restart; use failureThreshold 3 (the default) or more',
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
            messageId: 'livenessFailureThresholdOne', data: { probe: describeHandler(probe) },
          });
        }
      },
    };
  },
});
