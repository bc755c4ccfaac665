import { defineRule } from '../../engine/rule.js';
import { isValidPortNumber, portNameProblems } from '../../model/ports.js';
import { preview } from '../../model/values.js';
import { dns1123LabelErrors, qualifiedNameErrors } from '../../schema/names.js';
import { serviceView } from './utils/service-spec.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';
const SERVICE_STORAGE = 'k8s.io/kubernetes/pkg/registry/core/service/storage';

/** The types whose node ports the REST storage allocates (a ClusterIP Service may not set one at all). */
const NODE_PORT_TYPES = new Set(['NodePort', 'LoadBalancer']);

export default defineRule({
  meta: {
    id: 'service/port-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description:
      'A Service port needs a DNS-label name, a port (and any nodePort) from 1 to 65535, a targetPort number or IANA name, and a qualified-name appProtocol.',
    fixable: false,
    sources: [
      { package: CORE, function: 'validateServicePort', type: 'Invalid', field: 'port' },
      { package: CORE, function: 'ValidatePortNumOrName', type: 'Invalid' },
      { package: CORE, function: 'ValidateDNS1123Label' },
      { package: CORE, function: 'ValidateQualifiedName' },
      // The node port allocator refuses a port outside its range; outside 1-65535 is outside every range.
      { package: SERVICE_STORAGE, function: 'initNodePorts' },
      { package: SERVICE_STORAGE, function: 'Allocators.updateNodePorts' },
    ],
    messages: {
      name: 'port name {{value}} is not a DNS label: {{reasons}}; the API server refuses the Service; use lower-case letters, digits and "-" (e.g. "http-metrics")',
      port: 'port {{value}} is not a port number; the API server refuses the Service (must be between 1 and 65535, inclusive); write the port clients connect to',
      nodePort:
        'nodePort {{value}} is not a port number; the API server refuses the Service (its node port allocator takes only ports inside --service-node-port-range, by default 30000-32767); write a port in that range, or leave nodePort out to have one allocated',
      targetPortNumber:
        'targetPort {{value}} is not a port number; the API server refuses the Service (must be between 1 and 65535, inclusive); write the container port, or its name',
      targetPortName:
        'targetPort {{value}} is not a container port name: {{reasons}}; the API server refuses the Service; write the port as a number (without quotes), or the name of a container port',
      appProtocol:
        'appProtocol {{value}} is not a qualified name: {{reasons}}; the API server refuses the Service; write a protocol name such as "http", "kubernetes.io/h2c" or "example.com/custom"',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        if (!view) return;
        for (const { port, path } of view.ports) {
          const report = (field: string, messageId: string, value: unknown, reasons: string[] = []): void =>
            context.report({
              resource,
              path: [...path, field],
              messageId,
              data: { value: preview(value), reasons: reasons.join('; ') },
            });
          if (typeof port.name === 'string' && port.name !== '') {
            const reasons = dns1123LabelErrors(port.name);
            if (reasons.length > 0) report('name', 'name', port.name, reasons);
          }
          if (typeof port.port === 'number' && !isValidPortNumber(port.port)) report('port', 'port', port.port);
          // 0 means unset: the allocator picks a port.
          if (
            NODE_PORT_TYPES.has(view.type) &&
            typeof port.nodePort === 'number' &&
            port.nodePort !== 0 &&
            !isValidPortNumber(port.nodePort)
          )
            report('nodePort', 'nodePort', port.nodePort);
          const target = port.targetPort;
          // 0 and "" mean unset: the API server defaults them to the port.
          if (typeof target === 'number' && target !== 0 && !isValidPortNumber(target))
            report('targetPort', 'targetPortNumber', target);
          if (typeof target === 'string' && target !== '') {
            const reasons = portNameProblems(target);
            if (reasons.length > 0) report('targetPort', 'targetPortName', target, reasons);
          }
          if (typeof port.appProtocol === 'string') {
            const reasons = qualifiedNameErrors(port.appProtocol);
            if (reasons.length > 0) report('appProtocol', 'appProtocol', port.appProtocol, reasons);
          }
        }
      },
    };
  },
});
