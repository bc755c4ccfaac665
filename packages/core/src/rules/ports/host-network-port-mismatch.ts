import { defineRule } from '../../engine/rule.js';
import { hostNetworkMismatches } from './port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/host-network-port-mismatch',
    severity: 'error',
    origin: 'api-error',
    description: 'With hostNetwork, a container\'s hostPort must equal its containerPort.',
    help: [
      'With `hostNetwork: true` the container listens directly on the node, so there is no port mapping: the API server refuses a `hostPort` that differs from the `containerPort` (``must match `containerPort` when `hostNetwork` is true``). An unset hostPort is fine (a Pod gets it defaulted to the containerPort). The check covers regular containers only; init containers are reported by `ports/host-network-init-port-mismatch`. The quick fix sets hostPort to the containerPort, the port the process really binds.',
      '',
      'Bad:',
      '```yaml',
      'hostNetwork: true',
      'containers:',
      '  - name: agent',
      '    ports: [{containerPort: 8080, hostPort: 80}]',
      '```',
      'Good:',
      '```yaml',
      'hostNetwork: true',
      'containers:',
      '  - name: agent',
      '    ports: [{containerPort: 8080}]',
      '```',
    ].join('\n'),
    fixable: true,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validatePodHostNetworkDeps' },
    ],
    messages: {
      hostNetworkPortMismatch: 'hostPort {{hostPort}} differs from containerPort {{containerPort}}, but with hostNetwork the process binds {{containerPort}} on the node itself and nothing maps {{hostPort}} to it; the API server refuses the object (must match `containerPort` when `hostNetwork` is true): remove hostPort or set it to {{containerPort}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { hostPort, containerPort, path, fix } of hostNetworkMismatches(site, resource, 'containers')) {
          context.report({
            resource,
            path,
            messageId: 'hostNetworkPortMismatch', data: { hostPort, containerPort },
            ...(fix ? { fix } : {}),
          });
        }
      },
    };
  },
});
