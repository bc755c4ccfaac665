import { defineRule } from '../../engine/rule.js';
import { containerLabel, podPorts } from './port-entries.js';

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
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (site.spec.hostNetwork !== true) return;
        for (const entry of podPorts(site, resource, ['initContainers'])) {
          const { writtenHostPort: hostPort, containerPort } = entry;
          if (hostPort === undefined || containerPort === undefined || hostPort === 0 || hostPort === containerPort) continue;
          const path = [...entry.path, 'hostPort'];
          context.report({
            resource,
            path,
            message: `hostPort ${hostPort} of ${containerLabel(entry.container)} differs from containerPort ${containerPort}: with hostNetwork the process binds ${containerPort} on the node and nothing listens on ${hostPort} (the API server checks this for regular containers only); remove hostPort or set it to ${containerPort}`,
            ...(containerPort > 0 ? { fix: { description: `Set hostPort to ${containerPort}`, replaceValues: [{ path, value: containerPort }] } } : {}),
          });
        }
      },
    };
  },
});
