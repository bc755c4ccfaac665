import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';

export default defineRule({
  meta: {
    id: 'restart/container-policy-dropped',
    severity: 'warning',
    origin: 'pitfall',
    description:
      "Kubernetes 1.34 silently drops container-level restartPolicy (other than a sidecar's Always) and restartPolicyRules.",
    fixable: false,
    containerFields: ['restartPolicy', 'restartPolicyRules'],
    versions: { since: '1.34', until: '1.34' },
    source: 'dropContainerRestartRules (pkg/api/pod/util.go)',
    messages: {
      restartPolicyDropped:
        "Kubernetes 1.34 drops this restartPolicy without an error (ContainerRestartRules is off by default): {{container}} will follow the pod's restart policy instead; remove it, or target 1.35+ where container restart policies are on by default",
      restartPolicyRulesDropped:
        'Kubernetes 1.34 drops restartPolicyRules without an error (ContainerRestartRules is off by default): the rules of {{container}} will never apply; remove them, or target 1.35+',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site)) {
          const policy = container.container.restartPolicy;
          const sidecar = container.list === 'initContainers' && policy === 'Always';
          if (policy !== undefined && policy !== null && !sidecar) {
            context.report({
              resource,
              path: [...container.path, 'restartPolicy'],
              messageId: 'restartPolicyDropped',
              data: { container: describeContainer(container) },
            });
          }
          if (
            Array.isArray(container.container.restartPolicyRules) &&
            container.container.restartPolicyRules.length > 0
          ) {
            context.report({
              resource,
              path: [...container.path, 'restartPolicyRules'],
              messageId: 'restartPolicyRulesDropped',
              data: { container: describeContainer(container) },
            });
          }
        }
      },
    };
  },
});
