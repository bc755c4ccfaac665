import { defineRule } from '../../engine/rule.js';
import { asInteger, isBuiltin, specOf } from '../../model/builtin.js';

export default defineRule({
  meta: {
    id: 'coordination/lease-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Lease'],
    description: 'A Lease’s leaseDurationSeconds is above 0 and its leaseTransitions not negative.',
    fixable: false,
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/coordination/validation',
        function: 'ValidateLeaseSpec',
        field: 'leaseDurationSeconds',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/coordination/validation',
        function: 'ValidateLeaseSpec',
        field: 'leaseTransitions',
      },
    ],
    messages: {
      duration:
        'leaseDurationSeconds is {{value}}, but a lease must last more than 0 seconds, so the API server refuses it',
      transitions:
        'leaseTransitions is {{value}}, but a count of holder changes cannot be negative, so the API server refuses it',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'coordination.k8s.io', ['Lease'])) return;
        const spec = specOf(resource);
        const duration = asInteger(spec?.leaseDurationSeconds);
        if (duration !== undefined && duration <= 0)
          context.report({
            resource,
            path: ['spec', 'leaseDurationSeconds'],
            messageId: 'duration',
            data: { value: duration },
          });
        const transitions = asInteger(spec?.leaseTransitions);
        if (transitions !== undefined && transitions < 0)
          context.report({
            resource,
            path: ['spec', 'leaseTransitions'],
            messageId: 'transitions',
            data: { value: transitions },
          });
      },
    };
  },
});
