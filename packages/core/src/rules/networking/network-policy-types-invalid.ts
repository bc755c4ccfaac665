import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { asArray } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'networking/network-policy-types-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['NetworkPolicy'],
    description: 'spec.policyTypes lists at most two types: Ingress and Egress.',
    fixable: false,
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'ValidateNetworkPolicySpec',
        type: 'Invalid',
        field: 'policyTypes',
      },
    ],
    messages: {
      tooMany:
        'policyTypes lists {{count}} entries, but there are only two types (Ingress and Egress); the API server refuses it (may not specify more than two policyTypes); list each type once',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'networking.k8s.io', ['NetworkPolicy'])) return;
        const types = asArray(specOf(resource)?.policyTypes);
        if (types.length > 2)
          context.report({
            resource,
            path: ['spec', 'policyTypes'],
            messageId: 'tooMany',
            data: { count: types.length },
          });
      },
    };
  },
});
