import { defineRule } from '../../engine/rule.js';
import { setOnEphemeralContainers } from '../../model/containers.js';
import { containerRestartSupport } from './utils/restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/ephemeral-container-policy-forbidden',
    severity: 'error',
    origin: 'api-error',
    description: 'An ephemeral (debug) container cannot set restartPolicy or restartPolicyRules.',
    fixable: false,
    containerFields: ['restartPolicy', 'restartPolicyRules'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateEphemeralContainers' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateFieldAllowList' },
    ],
    messages: {
      ephemeralContainerPolicyForbidden:
        'an ephemeral container runs once and is never restarted, so the API server refuses {{field}} on it (Forbidden: cannot be set for an Ephemeral Container); remove {{field}}',
    },
  },
  create(context) {
    const support = containerRestartSupport(context.kubernetesVersion);
    // restartPolicyRules is unknown before 1.34 (the decoder's business) and dropped in 1.34.
    const fields = support === 'validated' ? ['restartPolicy', 'restartPolicyRules'] : ['restartPolicy'];
    return {
      podSpec(site, resource) {
        if (support === 'dropped') return;
        for (const { field, path } of setOnEphemeralContainers(site, fields)) {
          context.report({
            resource,
            path,
            messageId: 'ephemeralContainerPolicyForbidden',
            data: { field },
          });
        }
      },
    };
  },
});
