import { defineRule } from '../../engine/rule.js';
import { containersOf } from '../../model/containers.js';
import { portEntriesOf } from './port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/host-port-range',
    severity: 'error',
    origin: 'api-error',
    description: 'A hostPort, when set, must be between 1 and 65535.',
    help: [
      '`hostPort: 0` (or no hostPort) means the port is not bound on the node. Any other value must be a port number, 1-65535; the API server refuses the rest (`must be between 1 and 65535, inclusive`). Most pods need no hostPort at all: expose the port through a Service.',
      '',
      'Bad:',
      '```yaml',
      'ports:',
      '  - containerPort: 80',
      '    hostPort: -1',
      '```',
      'Good:',
      '```yaml',
      'ports:',
      '  - containerPort: 80',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'validateContainerPorts → IsValidPortNum (pkg/apis/core/validation)',
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site)) {
          for (const entry of portEntriesOf(container, false)) {
            const port = entry.writtenHostPort;
            if (port === undefined || port === 0 || (port >= 1 && port <= 65535)) continue;
            context.report({
              resource,
              path: [...entry.path, 'hostPort'],
              message: `hostPort ${port} is not a port number: the API server refuses it (must be between 1 and 65535, inclusive); remove hostPort (expose the port through a Service) or use a port between 1 and 65535`,
            });
          }
        }
      },
    };
  },
});
