import { defineRule } from '../../engine/rule.js';
import { describeContainer, servingContainers } from '../../model/containers.js';
import { asArray, isObject, isSet, objectEntries, type PlainObject } from '../../model/values.js';
import { PROBE_HANDLER_TYPES, probeTiming } from './utils/handlers.js';

/** The handler after defaulting, as a comparable string; undefined when there is no single handler. */
function handlerKey(probe: PlainObject): string | undefined {
  const types = PROBE_HANDLER_TYPES.filter((type) => isSet(probe[type]));
  const [type] = types;
  if (types.length !== 1 || type === undefined || !isObject(probe[type])) return undefined;
  const action = probe[type];
  switch (type) {
    case 'exec':
      return JSON.stringify(['exec', asArray(action.command)]);
    case 'httpGet': {
      const headers = objectEntries(action.httpHeaders).map(([, header]) => [header.name, header.value]);
      return JSON.stringify([
        'httpGet',
        action.path || '/',
        action.port,
        action.scheme || 'HTTP',
        action.host ?? '',
        headers,
      ]);
    }
    case 'tcpSocket':
      return JSON.stringify(['tcpSocket', action.port, action.host ?? '']);
    default:
      return JSON.stringify(['grpc', action.port, action.service ?? '']);
  }
}

/** Roughly how long an endpoint must fail before the probe acts: the failures in a row, one period apart. */
function secondsToAct(probe: PlainObject): number {
  const timing = probeTiming(probe);
  return timing.failureThreshold * timing.periodSeconds;
}

export default defineRule({
  meta: {
    id: 'probes/liveness-identical-to-readiness',
    severity: 'warning',
    origin: 'pitfall',
    description: 'The liveness probe checks the same endpoint as the readiness probe and gives up no later.',
    fixable: false,
    containerFields: ['livenessProbe'],
    source: 'kube-score "Pod Probes Identical"; Kubernetes docs on configuring liveness and readiness probes',
    messages: {
      livenessIdenticalToReadiness:
        'the liveness probe of {{container}} checks the same endpoint as its readiness probe and acts after {{livenessSeconds}}s of failures (readiness: {{readinessSeconds}}s), so every readiness dip also restarts the container; point liveness at a cheaper endpoint that only checks the process, or give it a higher failureThreshold',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of servingContainers(site)) {
          const liveness = container.container.livenessProbe;
          const readiness = container.container.readinessProbe;
          if (!isObject(liveness) || !isObject(readiness)) continue;
          const key = handlerKey(liveness);
          if (key === undefined || key !== handlerKey(readiness)) continue;
          const livenessSeconds = secondsToAct(liveness);
          const readinessSeconds = secondsToAct(readiness);
          // Docs accept the same cheap endpoint for both when liveness is more tolerant.
          if (livenessSeconds > readinessSeconds) continue;
          context.report({
            resource,
            path: [...container.path, 'livenessProbe'],
            messageId: 'livenessIdenticalToReadiness',
            data: { container: describeContainer(container), livenessSeconds, readinessSeconds },
            related: [
              { path: [...container.path, 'readinessProbe'], message: 'the readiness probe with the same handler' },
            ],
          });
        }
      },
    };
  },
});
