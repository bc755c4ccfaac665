import { defineRule } from '../../engine/rule.js';
import { isHeadless, serviceView } from './utils/service-spec.js';

export default defineRule({
  meta: {
    id: 'service/ports-required',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description: 'A Service needs at least one port, unless it is headless (clusterIP: None) or of type ExternalName.',
    fixable: false,
    source: 'validateService (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateService',
        type: 'Required',
        field: 'ports',
      },
    ],
    messages: {
      required:
        'this {{type}} Service has no ports, so it could not route any traffic and the API server refuses it; add spec.ports (or set clusterIP: None for a headless Service)',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        if (!view || !view.portsWritten || (Array.isArray(view.spec.ports) && view.spec.ports.length > 0)) return;
        if (view.type === 'ExternalName' || isHeadless(view.spec)) return;
        context.report({ resource, path: ['spec', 'ports'], messageId: 'required', data: { type: view.type } });
      },
    };
  },
});
