import { defineRule } from '../../engine/rule.js';
import { templateOwner } from '../../model/workloads.js';
import { podActiveDeadline } from './utils/restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/active-deadline-out-of-range',
    severity: 'error',
    origin: 'api-error',
    description: "A pod's activeDeadlineSeconds must be between 1 and 2147483647.",
    fixable: false,
    podSpecFields: ['activeDeadlineSeconds'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePodSpec' }],
    messages: {
      activeDeadlineOutOfRange:
        'activeDeadlineSeconds {{value}} {{problem}}: the API server refuses it (must be between 1 and 2147483647, inclusive); set a deadline in seconds, or remove the field for none',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        // Deployment-like templates may not set it at all: restart/workload-active-deadline-forbidden.
        if (templateOwner(site, resource) === 'always') return;
        const deadline = podActiveDeadline(site);
        if (!deadline || deadline.inRange) return;
        context.report({
          resource,
          path: deadline.path,
          messageId: 'activeDeadlineOutOfRange',
          data: {
            value: deadline.value,
            problem: deadline.value < 1 ? 'would kill the pod as soon as it starts' : 'does not fit in 32 bits',
          },
        });
      },
    };
  },
});
