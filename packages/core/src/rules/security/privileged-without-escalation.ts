import { defineRule } from '../../engine/rule.js';
import { securityContextsOf } from '../../model/security-contexts.js';

export default defineRule({
  meta: {
    id: 'security/privileged-without-escalation',
    severity: 'error',
    origin: 'api-error',
    description: 'A container cannot be privileged and set allowPrivilegeEscalation: false.',
    fixable: false,
    containerFields: ['securityContext'],
    source: 'ValidateSecurityContext (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateSecurityContext',
        type: 'Invalid',
      },
    ],
    messages: {
      contradiction:
        '{{owner}} is privileged and sets allowPrivilegeEscalation: false, a contradiction the API server refuses (a privileged container can always escalate); remove privileged and add only the capabilities it needs, or remove allowPrivilegeEscalation: false',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const security of securityContextsOf(site)) {
          if (
            security.level !== 'container' ||
            security.context.privileged !== true ||
            security.context.allowPrivilegeEscalation !== false
          )
            continue;
          context.report({
            resource,
            path: security.path,
            messageId: 'contradiction',
            data: { owner: security.owner },
          });
        }
      },
    };
  },
});
