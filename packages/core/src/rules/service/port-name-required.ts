import { defineRule } from '../../engine/rule.js';
import { serviceView } from './utils/service-spec.js';

export default defineRule({
  meta: {
    id: 'service/port-name-required',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description: 'Every port of a Service with more than one port must have a name.',
    fixable: false,
    source: 'validateServicePort (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateServicePort',
        type: 'Required',
        field: 'name',
      },
    ],
    messages: {
      required:
        'port {{port}} has no name, but this Service has {{count}} ports and the API server requires each of them to be named so endpoints and clients can tell them apart; add a name such as "{{suggestion}}"',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        if (!view || !Array.isArray(view.spec.ports) || view.spec.ports.length < 2) return;
        for (const { port, path } of view.ports) {
          if (port.name !== undefined && port.name !== null && port.name !== '') continue;
          const number = typeof port.port === 'number' ? port.port : '?';
          context.report({
            resource,
            path: [...path, 'name'],
            messageId: 'required',
            data: {
              port: number,
              count: view.spec.ports.length,
              suggestion: number === 443 ? 'https' : number === 80 ? 'http' : `port-${number}`,
            },
          });
        }
      },
    };
  },
});
