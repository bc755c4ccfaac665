import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { caseFix } from '../../model/fixes.js';
import { containerRestartSupport, POD_POLICIES } from './utils/restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/init-container-policy-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: "An init container's restartPolicy must be Always (a sidecar), or from 1.35 OnFailure or Never.",
    fixable: true,
    containerFields: ['restartPolicy'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateInitContainerRestartPolicy' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerRestartPolicy' },
    ],
    messages: {
      initContainerPolicyUnsupported:
        'restartPolicy {{policy}} of {{container}} is not supported: Kubernetes {{kubernetesVersion}} accepts {{join}} on init containers{{newer}} and refuses the object; {{advice}}',
    },
  },
  create(context) {
    const support = containerRestartSupport(context.kubernetesVersion);
    const accepted: readonly string[] = support === 'validated' ? POD_POLICIES : ['Always'];
    return {
      podSpec(site, resource) {
        if (support === 'dropped') return;
        for (const container of containersOf(site, ['initContainers'])) {
          const policy = container.container.restartPolicy;
          if (typeof policy !== 'string' || accepted.includes(policy)) continue;
          const path = [...container.path, 'restartPolicy'];
          const fixed = caseFix(policy, accepted, path, 'restartPolicy');
          const newer =
            support === 'sidecars-only' && (POD_POLICIES as readonly string[]).includes(policy)
              ? ` (Kubernetes 1.35 and later accept "${policy}" here)`
              : '';
          context.report({
            resource,
            path,
            messageId: 'initContainerPolicyUnsupported',
            data: {
              policy: JSON.stringify(policy),
              container: describeContainer(container),
              kubernetesVersion: context.kubernetesVersion,
              join: accepted.map((value) => `"${value}"`).join(', '),
              newer,
              advice: fixed
                ? `write "${fixed.value}"`
                : support === 'validated'
                  ? 'use "Always" for a sidecar, or "OnFailure"/"Never"'
                  : 'use "Always" to make it a sidecar, or remove it',
            },
            fix: fixed?.fix,
          });
        }
      },
    };
  },
});
