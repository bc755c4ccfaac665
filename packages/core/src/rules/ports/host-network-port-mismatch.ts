import { defineRule } from '../../engine/rule.js';
import { hostNetworkMismatches } from './utils/port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/host-network-port-mismatch',
    severity: 'error',
    origin: 'api-error',
    description: "With hostNetwork, a container's hostPort must equal its containerPort.",
    fixable: true,
    podSpecFields: ['hostNetwork'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validatePodHostNetworkDeps' }],
    messages: {
      hostNetworkPortMismatch:
        'hostPort {{hostPort}} differs from containerPort {{containerPort}}, but with hostNetwork the process binds {{containerPort}} on the node itself and nothing maps {{hostPort}} to it; the API server refuses the object (must match `containerPort` when `hostNetwork` is true): remove hostPort or set it to {{containerPort}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { hostPort, containerPort, path, fix } of hostNetworkMismatches(site, resource, 'containers')) {
          context.report({
            resource,
            path,
            messageId: 'hostNetworkPortMismatch',
            data: { hostPort, containerPort },
            ...(fix ? { fix } : {}),
          });
        }
      },
    };
  },
});
