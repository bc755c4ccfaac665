import { defineRule } from '../../engine/rule.js';
import { containersOf } from '../../model/containers.js';
import { objectEntries } from '../../model/values.js';

const SUPPORTED = ['SCTP', 'TCP', 'UDP'];

export default defineRule({
  meta: {
    id: 'ports/protocol-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: 'A container port protocol must be exactly TCP, UDP or SCTP.',
    help: [
      'The API server compares the protocol case-sensitively and refuses anything but `TCP`, `UDP` or `SCTP` (an absent protocol defaults to `TCP`).',
      '',
      'Bad:',
      '```yaml',
      'ports:',
      '  - containerPort: 53',
      '    protocol: udp',
      '```',
      'Good:',
      '```yaml',
      'ports:',
      '  - containerPort: 53',
      '    protocol: UDP',
      '```',
    ].join('\n'),
    fixable: true,
    source: 'validateContainerPorts (pkg/apis/core/validation)',
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site)) {
          for (const [index, port] of objectEntries(container.container.ports)) {
            const protocol = port.protocol;
            if (protocol === undefined || protocol === null || protocol === '' || (typeof protocol === 'string' && SUPPORTED.includes(protocol))) continue;
            const path = [...container.path, 'ports', index, 'protocol'];
            const upper = typeof protocol === 'string' ? protocol.toUpperCase() : undefined;
            const canFix = upper !== undefined && SUPPORTED.includes(upper);
            context.report({
              resource,
              path,
              message: `protocol ${JSON.stringify(protocol)} is not supported: the API server accepts exactly "TCP", "UDP" or "SCTP" (case-sensitive) and refuses the object${canFix ? `; write "${upper}"` : ''}`,
              ...(canFix ? { fix: { description: `Change the protocol to ${upper}`, replaceValues: [{ path, value: upper }] } } : {}),
            });
          }
        }
      },
    };
  },
});
