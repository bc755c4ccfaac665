import { defineRule } from '../../engine/rule.js';
import { describeContainer } from '../../model/containers.js';
import { hostNetworkMismatches } from './utils/port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/host-network-init-port-mismatch',
    severity: 'warning',
    origin: 'pitfall',
    description: "With hostNetwork, an init container's hostPort differs from its containerPort.",
    fixable: true,
    podSpecFields: ['hostNetwork'],
    source: 'validatePodHostNetworkDeps iterates spec.containers only (pkg/apis/core/validation)',
    messages: {
      hostNetworkInitPortMismatch:
        'hostPort {{hostPort}} of {{container}} differs from containerPort {{containerPort}}: with hostNetwork the process binds {{containerPort}} on the node and nothing listens on {{hostPort}} (the API server checks this for regular containers only); remove hostPort or set it to {{containerPort}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { entry, hostPort, containerPort, path, fix } of hostNetworkMismatches(
          site,
          resource,
          'initContainers',
        )) {
          context.report({
            resource,
            path,
            messageId: 'hostNetworkInitPortMismatch',
            data: { hostPort, container: describeContainer(entry.container), containerPort },
            ...(fix ? { fix } : {}),
          });
        }
      },
    };
  },
});
