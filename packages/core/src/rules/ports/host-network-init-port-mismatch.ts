import { defineRule } from '../../engine/rule.js';
import { describeContainer } from '../../model/containers.js';
import { hostNetworkMismatches } from './port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/host-network-init-port-mismatch',
    severity: 'warning',
    origin: 'pitfall',
    description: 'With hostNetwork, an init container\'s hostPort differs from its containerPort.',
    help: [
      'With `hostNetwork: true` there is no port mapping: the process binds its containerPort on the node. The API server refuses a different hostPort on regular containers (`ports/host-network-port-mismatch`) but does not check init containers and sidecars, so there the mismatch is accepted and the hostPort is simply false: nothing listens on it. Remove hostPort or set it to the containerPort.',
      '',
      'Bad:',
      '```yaml',
      'hostNetwork: true',
      'initContainers:',
      '  - name: proxy',
      '    restartPolicy: Always',
      '    ports: [{containerPort: 8080, hostPort: 80}]',
      '```',
      'Good:',
      '```yaml',
      'hostNetwork: true',
      'initContainers:',
      '  - name: proxy',
      '    restartPolicy: Always',
      '    ports: [{containerPort: 8080}]',
      '```',
    ].join('\n'),
    fixable: true,
    source: 'validatePodHostNetworkDeps iterates spec.containers only (pkg/apis/core/validation)',
    messages: {
      hostNetworkInitPortMismatch: 'hostPort {{hostPort}} of {{container}} differs from containerPort {{containerPort}}: with hostNetwork the process binds {{containerPort}} on the node and nothing listens on {{hostPort}} (the API server checks this for regular containers only); remove hostPort or set it to {{containerPort}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { entry, hostPort, containerPort, path, fix } of hostNetworkMismatches(site, resource, 'initContainers')) {
          context.report({
            resource,
            path,
            messageId: 'hostNetworkInitPortMismatch', data: { hostPort, container: describeContainer(entry.container), containerPort },
            ...(fix ? { fix } : {}),
          });
        }
      },
    };
  },
});
