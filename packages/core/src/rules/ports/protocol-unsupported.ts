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
      'The API server compares the protocol case-sensitively and refuses anything but `TCP`, `UDP` or `SCTP` (`Unsupported value: "udp": supported values: "SCTP", "TCP", "UDP"`); an absent protocol defaults to `TCP`. Application protocols such as `HTTP` or `GRPC` are not protocols here: name the port instead (`name: http`). The quick fix upper-cases a known protocol.',
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
    source: 'validateContainerPorts, supportedPortProtocols (pkg/apis/core/validation)',
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site)) {
          for (const [index, port] of objectEntries(container.container.ports)) {
            const protocol = port.protocol;
            // Not a string: the decoder refuses it before validation, which is another rule's business.
            if (typeof protocol !== 'string' || protocol === '' || SUPPORTED.includes(protocol)) continue;
            const path = [...container.path, 'ports', index, 'protocol'];
            const upper = protocol.toUpperCase();
            const canFix = SUPPORTED.includes(upper);
            context.report({
              resource,
              path,
              message: `protocol ${JSON.stringify(protocol)} is not supported: the API server accepts exactly "TCP", "UDP" or "SCTP" (case-sensitive) and refuses the object${canFix ? `; write "${upper}"` : '; an application protocol such as HTTP belongs in the port name, the transport is TCP'}`,
              ...(canFix ? { fix: { description: `Change the protocol to ${upper}`, replaceValues: [{ path, value: upper }] } } : {}),
            });
          }
        }
      },
    };
  },
});
