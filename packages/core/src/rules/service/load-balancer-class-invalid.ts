import { defineRule } from '../../engine/rule.js';
import { preview } from '../../model/values.js';
import { qualifiedNameErrors } from '../../schema/names.js';
import { serviceView } from './utils/service-spec.js';

export default defineRule({
  meta: {
    id: 'service/load-balancer-class-invalid',
    severity: 'error',
    origin: 'api-error',
    description: "A LoadBalancer Service's loadBalancerClass must be a qualified name such as example.com/internal-lb.",
    fixable: false,
    kinds: ['Service'],
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateLoadBalancerClassField',
        type: 'Invalid',
      },
    ],
    messages: {
      invalid:
        'loadBalancerClass {{value}} is not a qualified name: {{reasons}}; the API server refuses the Service; write the class your load-balancer controller documents (e.g. example.com/internal-lb), or remove it',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        const value = view?.spec.loadBalancerClass;
        if (!view || view.type !== 'LoadBalancer' || typeof value !== 'string') return;
        const reasons = qualifiedNameErrors(value);
        if (reasons.length === 0) return;
        context.report({
          resource,
          path: ['spec', 'loadBalancerClass'],
          messageId: 'invalid',
          data: { value: preview(value), reasons: reasons.join('; ') },
        });
      },
    };
  },
});
