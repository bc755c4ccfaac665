import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { caseFix } from '../../model/fixes.js';
import { POD_POLICIES } from './utils/restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/container-policy-value',
    severity: 'error',
    origin: 'api-error',
    description: "A regular container's restartPolicy must be exactly Always, OnFailure or Never.",
    fixable: true,
    containerFields: ['restartPolicy'],
    versions: { since: '1.35' },
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerRestartPolicy' }],
    messages: {
      containerPolicyValue:
        'restartPolicy {{policy}} of {{container}} is not supported: the API server accepts exactly "Always", "OnFailure" or "Never" (case-sensitive) and refuses the object{{advice}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site, ['containers'])) {
          const policy = container.container.restartPolicy;
          if (typeof policy !== 'string' || (POD_POLICIES as readonly string[]).includes(policy)) continue;
          const path = [...container.path, 'restartPolicy'];
          const fixed = caseFix(policy, POD_POLICIES, path, 'restartPolicy');
          context.report({
            resource,
            path,
            messageId: 'containerPolicyValue',
            data: {
              policy: JSON.stringify(policy),
              container: describeContainer(container),
              advice: fixed ? `; write "${fixed.value}"` : '',
            },
            fix: fixed?.fix,
          });
        }
      },
    };
  },
});
