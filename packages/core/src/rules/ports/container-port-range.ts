import { defineRule } from '../../engine/rule.js';
import { containersOf } from '../../model/containers.js';
import { portEntriesOf } from './port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/container-port-range',
    severity: 'error',
    origin: 'api-error',
    description: 'A containerPort must be between 1 and 65535.',
    help: [
      'Port numbers are 16-bit: the API server refuses a `containerPort` outside 1-65535 (`must be between 1 and 65535, inclusive`). A negative number or a value such as `80800` is usually a typo.',
      '',
      'Bad:',
      '```yaml',
      'ports:',
      '  - containerPort: 70000',
      '```',
      'Good:',
      '```yaml',
      'ports:',
      '  - containerPort: 7000',
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
            const port = entry.containerPort;
            // 0 means "absent": ports/container-port-required reports it.
            if (port === undefined || port === 0 || (port >= 1 && port <= 65535)) continue;
            context.report({
              resource,
              path: [...entry.path, 'containerPort'],
              message: `containerPort ${port} is not a port number: the API server refuses it (must be between 1 and 65535, inclusive); use the port the process listens on`,
            });
          }
        }
      },
    };
  },
});
