import { defineRule } from '../../engine/rule.js';
import { caseFix } from '../../model/fixes.js';
import { templateOwner } from '../../model/workloads.js';
import { POD_POLICIES, podRestartPolicy } from './utils/restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/pod-policy-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: "A Pod's restartPolicy must be exactly Always, OnFailure or Never.",
    fixable: true,
    podSpecFields: ['restartPolicy'],
    reportsSchemaProblems: [{ problems: ['enum'], field: 'core.v1.PodSpec.restartPolicy' }],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateRestartPolicy' }],
    messages: {
      podPolicyUnsupported:
        'restartPolicy {{value}} is not supported: the API server accepts exactly "Always", "OnFailure" or "Never" (case-sensitive) and refuses the object{{advice}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (templateOwner(site, resource)) return;
        const policy = podRestartPolicy(site);
        if (!policy || (POD_POLICIES as readonly string[]).includes(policy.value)) return;
        const fixed = caseFix(policy.value, POD_POLICIES, policy.path, 'restartPolicy');
        context.report({
          resource,
          path: policy.path,
          messageId: 'podPolicyUnsupported',
          data: { value: JSON.stringify(policy.value), advice: fixed ? `; write "${fixed.value}"` : '' },
          fix: fixed?.fix,
        });
      },
    };
  },
});
