import { defineRule } from '../../engine/rule.js';
import { sameIgnoringCase } from '../../model/values.js';
import { PROTOCOLS, writtenPorts } from './utils/port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/protocol-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: 'A container port protocol must be exactly TCP, UDP or SCTP.',
    fixable: true,
    containerFields: ['ports'],
    reportsSchemaProblems: [{ problems: ['enum'], field: 'core.v1.ContainerPort.protocol' }],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerPorts' }],
    messages: {
      protocolUnsupported:
        'protocol {{protocol}} is not supported: the API server accepts exactly "TCP", "UDP" or "SCTP" (case-sensitive) and refuses the object{{advice}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const entry of writtenPorts(site)) {
          const protocol = entry.port.protocol;
          // Not a string: the decoder refuses it before validation, which is another rule's business.
          if (typeof protocol !== 'string' || protocol === '' || (PROTOCOLS as readonly string[]).includes(protocol))
            continue;
          const path = [...entry.path, 'protocol'];
          const fixed = sameIgnoringCase(protocol, PROTOCOLS);
          context.report({
            resource,
            path,
            messageId: 'protocolUnsupported',
            data: {
              protocol: JSON.stringify(protocol),
              advice: fixed
                ? `; write "${fixed}"`
                : '; an application protocol such as HTTP belongs in the port name, the transport is TCP',
            },
            ...(fixed
              ? { fix: { description: `Change the protocol to ${fixed}`, replaceValues: [{ path, value: fixed }] } }
              : {}),
          });
        }
      },
    };
  },
});
