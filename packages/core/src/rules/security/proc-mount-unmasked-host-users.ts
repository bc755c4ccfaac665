import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { asObject } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'security/proc-mount-unmasked-host-users',
    severity: 'error',
    origin: 'api-error',
    description: 'procMount: Unmasked needs a user namespace: the pod must set hostUsers: false.',
    fixable: false,
    containerFields: ['securityContext'],
    versions: { since: '1.33' },
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateSecurityContext',
        type: 'Invalid',
        field: 'procMount',
      },
    ],
    messages: {
      hostUsers:
        "{{container}} sets procMount: Unmasked in a pod that shares the node's user namespace, which the API server refuses (`hostUsers` must be false to use `Unmasked`); set hostUsers: false on the pod, or remove procMount",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (site.spec.hostUsers === false) return;
        for (const container of containersOf(site)) {
          if (asObject(container.container.securityContext)?.procMount !== 'Unmasked') continue;
          context.report({
            resource,
            path: [...container.path, 'securityContext', 'procMount'],
            messageId: 'hostUsers',
            data: { container: describeContainer(container) },
          });
        }
      },
    };
  },
});
