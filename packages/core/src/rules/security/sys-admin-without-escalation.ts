import { defineRule } from '../../engine/rule.js';
import { securityContextsOf } from '../../model/security-contexts.js';
import { asArray, asObject } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'security/sys-admin-without-escalation',
    severity: 'error',
    origin: 'api-error',
    description: 'A new container cannot add the CAP_SYS_ADMIN capability and set allowPrivilegeEscalation: false.',
    fixable: false,
    containerFields: ['securityContext'],
    // ValidatePodSpec relaxes the check on update when the old spec already had it (1.37).
    createOnly: true,
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateSecurityContext',
        type: 'Invalid',
      },
    ],
    messages: {
      contradiction:
        '{{owner}} adds CAP_SYS_ADMIN and sets allowPrivilegeEscalation: false, a contradiction the API server refuses (CAP_SYS_ADMIN can always escalate); add only the capabilities it needs, or remove allowPrivilegeEscalation: false',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const security of securityContextsOf(site)) {
          if (security.level !== 'container' || security.context.allowPrivilegeEscalation !== false) continue;
          const added = asArray(asObject(security.context.capabilities)?.add);
          if (!added.includes('CAP_SYS_ADMIN')) continue;
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
