import { defineRule } from '../../engine/rule.js';
import { serviceView } from './utils/service-spec.js';

export default defineRule({
  meta: {
    id: 'service/port-duplicate',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description: 'A Service may not list the same port and protocol twice.',
    fixable: false,
    source: 'validateService (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateService', type: 'Duplicate' },
    ],
    messages: {
      duplicate:
        'port {{port}}/{{protocol}} is already listed in spec.ports[{{first}}]; one Service port cannot route to two places, so the API server refuses the Service: use another port number (or protocol)',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        if (!view) return;
        const seen = new Map<string, number>();
        for (const { port, path } of view.ports) {
          if (typeof port.port !== 'number' || !Number.isInteger(port.port)) continue;
          const protocol =
            port.protocol === undefined || port.protocol === null || port.protocol === '' ? 'TCP' : port.protocol;
          if (typeof protocol !== 'string') continue;
          const key = `${protocol}/${port.port}`;
          const first = seen.get(key);
          if (first === undefined) {
            seen.set(key, path[2] as number);
            continue;
          }
          context.report({
            resource,
            path,
            messageId: 'duplicate',
            data: { port: port.port, protocol, first },
            related: [{ path: ['spec', 'ports', first], message: 'the first entry for this port' }],
          });
        }
      },
    };
  },
});
