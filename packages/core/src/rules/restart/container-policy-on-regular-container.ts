import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';

export default defineRule({
  meta: {
    id: 'restart/container-policy-on-regular-container',
    severity: 'error',
    origin: 'api-error',
    description: 'Before 1.34, a regular container cannot set its own restartPolicy.',
    fixable: false,
    containerFields: ['restartPolicy'],
    versions: { until: '1.33' },
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainers' }],
    messages: {
      containerPolicyOnRegularContainer:
        '{{container}} sets restartPolicy {{policy}}, which Kubernetes {{kubernetesVersion}} allows only on init containers (as "Always", to make a sidecar); the API server refuses it (Forbidden: may not be set for non-init containers): remove it, or move the container to initContainers if it is a sidecar',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site, ['containers'])) {
          const policy = container.container.restartPolicy;
          if (policy === undefined || policy === null) continue;
          context.report({
            resource,
            path: [...container.path, 'restartPolicy'],
            messageId: 'containerPolicyOnRegularContainer',
            data: {
              container: describeContainer(container),
              policy: JSON.stringify(policy),
              kubernetesVersion: context.kubernetesVersion,
            },
          });
        }
      },
    };
  },
});
