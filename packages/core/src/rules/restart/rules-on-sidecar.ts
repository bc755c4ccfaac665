import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { hasRestartRules } from './utils/restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/rules-on-sidecar',
    severity: 'error',
    origin: 'api-error',
    description:
      'In Kubernetes 1.35 a sidecar (init container with restartPolicy Always) cannot have restartPolicyRules.',
    fixable: false,
    containerFields: ['restartPolicyRules'],
    versions: { since: '1.35', until: '1.35' },
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateInitContainerRestartPolicy' },
    ],
    messages: {
      rulesOnSidecar:
        '{{container}} is always restarted, so Kubernetes 1.35 refuses restart rules on it (Forbidden: restartPolicyRules are not allowed for init containers with restart policy Always); remove the rules (1.36 and later accept them)',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site, ['initContainers'])) {
          if (!container.isSidecar || !hasRestartRules(container)) continue;
          context.report({
            resource,
            path: [...container.path, 'restartPolicyRules'],
            messageId: 'rulesOnSidecar',
            data: { container: describeContainer(container) },
          });
        }
      },
    };
  },
});
