import { defineRule } from '../../engine/rule.js';
import { isValidPortNumber } from '../../model/ports.js';
import { asArray, preview } from '../../model/values.js';
import { serviceView } from './utils/service-spec.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

export default defineRule({
  meta: {
    id: 'service/external-traffic-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description:
      'externalTrafficPolicy is only for externally reachable Services, and healthCheckNodePort only for a LoadBalancer with externalTrafficPolicy: Local.',
    fixable: false,
    sources: [
      {
        package: CORE,
        function: 'validateServiceExternalTrafficPolicy',
        type: 'Invalid',
        field: 'externalTrafficPolicy',
      },
      {
        package: CORE,
        function: 'validateServiceExternalTrafficPolicy',
        type: 'Invalid',
        field: 'healthCheckNodePort',
      },
    ],
    messages: {
      policyForbidden:
        'externalTrafficPolicy is set on a {{type}} Service that is not reachable from outside the cluster; the API server refuses it (may only be set for externally-accessible services); remove it, or use type NodePort or LoadBalancer',
      healthCheckForbidden:
        'healthCheckNodePort is set, but only a LoadBalancer Service with externalTrafficPolicy: Local has a health check node port; the API server refuses it; remove healthCheckNodePort (it is allocated when needed)',
      healthCheckRange:
        'healthCheckNodePort {{value}} is not a port number; the API server refuses it (must be between 1 and 65535, inclusive); remove it to have one allocated, or write a free node port',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        if (!view) return;
        const { spec, type } = view;
        const external =
          type === 'LoadBalancer' ||
          type === 'NodePort' ||
          (type === 'ClusterIP' && asArray(spec.externalIPs).length > 0);
        const policy = spec.externalTrafficPolicy;
        if (!external && typeof policy === 'string' && policy !== '')
          context.report({
            resource,
            path: ['spec', 'externalTrafficPolicy'],
            messageId: 'policyForbidden',
            data: { type },
          });
        const port = spec.healthCheckNodePort;
        if (typeof port !== 'number' || port === 0) return;
        // The policy defaults to Cluster on a Service that is externally reachable.
        const needsHealthCheck = type === 'LoadBalancer' && policy === 'Local';
        if (!needsHealthCheck)
          context.report({ resource, path: ['spec', 'healthCheckNodePort'], messageId: 'healthCheckForbidden' });
        else if (!isValidPortNumber(port))
          context.report({
            resource,
            path: ['spec', 'healthCheckNodePort'],
            messageId: 'healthCheckRange',
            data: { value: preview(port) },
          });
      },
    };
  },
});
