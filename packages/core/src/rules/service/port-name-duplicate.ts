import { defineRule } from '../../engine/rule.js';
import { serviceView } from './utils/service-spec.js';

export default defineRule({
  meta: {
    id: 'service/port-name-duplicate',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description: 'The ports of a Service must have distinct names.',
    fixable: false,
    source: 'validateServicePort (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateServicePort',
        type: 'Duplicate',
        field: 'name',
      },
    ],
    messages: {
      duplicate:
        'port name "{{name}}" is already used by spec.ports[{{first}}]; Service port names must be unique, so the API server refuses the Service: rename one of them',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        if (!view) return;
        const seen = new Map<string, number>();
        for (const { port, path } of view.ports) {
          if (typeof port.name !== 'string' || port.name === '') continue;
          const first = seen.get(port.name);
          if (first === undefined) {
            seen.set(port.name, path[2] as number);
            continue;
          }
          context.report({
            resource,
            path: [...path, 'name'],
            messageId: 'duplicate',
            data: { name: port.name, first },
            related: [{ path: ['spec', 'ports', first, 'name'], message: 'the first port with this name' }],
          });
        }
      },
    };
  },
});
