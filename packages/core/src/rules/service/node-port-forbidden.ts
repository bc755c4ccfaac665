import { defineRule } from '../../engine/rule.js';
import { serviceView } from './utils/service-spec.js';

export default defineRule({
  meta: {
    id: 'service/node-port-forbidden',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description: 'A ClusterIP Service (the default type) must not set ports[].nodePort.',
    fixable: false,
    source: 'validateService (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateService',
        type: 'Forbidden',
        field: 'nodePort',
      },
    ],
    messages: {
      forbidden:
        'nodePort {{nodePort}} is set on a ClusterIP Service{{implicit}}, which has no node ports, so the API server refuses it; set type: NodePort (or LoadBalancer), or remove nodePort',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        if (!view || view.type !== 'ClusterIP') return;
        for (const { port, path } of view.ports) {
          if (typeof port.nodePort !== 'number' || port.nodePort === 0) continue;
          context.report({
            resource,
            path: [...path, 'nodePort'],
            messageId: 'forbidden',
            data: {
              nodePort: port.nodePort,
              implicit: view.spec.type === undefined ? ' (the type when none is given)' : '',
            },
          });
        }
      },
    };
  },
});
