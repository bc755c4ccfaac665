import { defineRule } from '../../engine/rule.js';
import { isValidPortNumber, portNameProblems } from '../../model/ports.js';
import { preview } from '../../model/values.js';
import { networkPolicyRules } from './utils/network-policy.js';

export default defineRule({
  meta: {
    id: 'networking/network-policy-port-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A NetworkPolicy port is a number from 1 to 65535 or a port name; endPort needs a numeric port no greater than it.',
    fixable: false,
    kinds: ['NetworkPolicy'],
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'ValidateNetworkPolicyPort',
        type: 'Invalid',
      },
    ],
    messages: {
      portNumber:
        'port {{value}} is not a port number; the API server refuses the NetworkPolicy (must be between 1 and 65535, inclusive); write the port the pods listen on',
      portName:
        'port {{value}} is not a port number or a port name: {{reasons}}; the API server refuses the NetworkPolicy; write a number, or the name of a container port',
      endPortRange:
        'endPort {{value}} is not a port number; the API server refuses the NetworkPolicy (must be between 1 and 65535, inclusive); write the last port of the range',
      endPortBelow:
        'endPort {{value}} is below port {{port}}; the API server refuses the NetworkPolicy (must be greater than or equal to `port`); swap them, or fix the range',
      endPortNamed:
        'endPort is set but port {{port}} is a name; a range needs a numeric start, so the API server refuses it (may not be specified when `port` is non-numeric); write port as a number, or remove endPort',
      endPortAlone:
        'endPort is set without port; the API server refuses it (may not be specified when `port` is not specified); add port, the first port of the range',
    },
  },
  create(context) {
    return {
      resource(resource) {
        for (const rule of networkPolicyRules(resource)) {
          for (const { port: entry, path } of rule.ports) {
            const report = (field: string, messageId: string, data: Record<string, string> = {}): void =>
              context.report({ resource, path: [...path, field], messageId, data });
            const port = entry.port;
            const endPort = typeof entry.endPort === 'number' ? entry.endPort : undefined;
            if (typeof port === 'number') {
              if (!isValidPortNumber(port)) report('port', 'portNumber', { value: preview(port) });
              if (endPort === undefined) continue;
              if (endPort < port) report('endPort', 'endPortBelow', { value: preview(endPort), port: preview(port) });
              if (!isValidPortNumber(endPort)) report('endPort', 'endPortRange', { value: preview(endPort) });
            } else if (typeof port === 'string') {
              if (endPort !== undefined) report('endPort', 'endPortNamed', { port: preview(port) });
              const reasons = portNameProblems(port);
              if (reasons.length > 0) report('port', 'portName', { value: preview(port), reasons: reasons.join('; ') });
            } else if ((port === undefined || port === null) && endPort !== undefined) {
              report('endPort', 'endPortAlone');
            }
          }
        }
      },
    };
  },
});
