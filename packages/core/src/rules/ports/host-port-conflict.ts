import { defineRule } from '../../engine/rule.js';
import { containersOf } from '../../model/containers.js';
import type { FieldPath } from '../../model/path.js';
import { formatPath } from '../../model/path.js';
import { objectEntries } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'ports/host-port-conflict',
    severity: 'error',
    origin: 'api-error',
    description: 'Two ports of the same pod bind the same host port, protocol and host IP.',
    help: [
      "The containers of a pod share one network namespace and one node: two ports that claim the same `hostPort` with the same protocol and hostIP cannot both bind, and the API server refuses the pod (`Duplicate value: \"TCP//8080\"`). Give each a distinct hostPort, or drop hostPort and expose the port through a Service.",
      '',
      'Bad:',
      '```yaml',
      'containers:',
      '  - name: a',
      '    ports: [{containerPort: 80, hostPort: 8080}]',
      '  - name: b',
      '    ports: [{containerPort: 81, hostPort: 8080}]',
      '```',
      'Good:',
      '```yaml',
      'containers:',
      '  - name: a',
      '    ports: [{containerPort: 80, hostPort: 8080}]',
      '  - name: b',
      '    ports: [{containerPort: 81, hostPort: 8081}]',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'checkHostPortConflicts / AccumulateUniqueHostPorts (pkg/apis/core/validation)',
  },
  create(context) {
    return {
      podSpec(site, resource) {
        // The API server checks regular containers together and each init container on its own.
        const groups: Array<ReturnType<typeof containersOf>> = [containersOf(site, ['containers'])];
        for (const init of containersOf(site, ['initContainers'])) groups.push([init]);
        for (const group of groups) {
          const seen = new Map<string, FieldPath>();
          for (const container of group) {
            for (const [index, port] of objectEntries(container.container.ports)) {
              const hostPort = port.hostPort;
              if (typeof hostPort !== 'number' || hostPort === 0) continue;
              const protocol = typeof port.protocol === 'string' && port.protocol !== '' ? port.protocol : 'TCP';
              const hostIP = typeof port.hostIP === 'string' ? port.hostIP : '';
              const key = `${protocol}/${hostIP}/${hostPort}`;
              const path = [...container.path, 'ports', index, 'hostPort'];
              const first = seen.get(key);
              if (!first) {
                seen.set(key, path);
                continue;
              }
              context.report({
                resource,
                path,
                message: `hostPort ${hostPort}/${protocol}${hostIP ? ` on ${hostIP}` : ''} is already used by ${formatPath(first)}: the containers of a pod share one node and network namespace, so the API server refuses the duplicate (Duplicate value: "${key}"); choose another hostPort or expose the port through a Service`,
                related: [{ path: first, message: 'the first port that binds this host port' }],
              });
            }
          }
        }
      },
    };
  },
});
