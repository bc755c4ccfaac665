import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { valueAt } from '../../model/resource.js';
import { isValidPortNumber } from '../../model/ports.js';
import { preview, type PlainObject } from '../../model/values.js';
import { dns1123LabelErrors, qualifiedNameErrors } from '../../schema/names.js';
import { endpointsKindOf, entriesAt, subsetsOf } from './utils/endpoints.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';
const DISCOVERY = 'k8s.io/kubernetes/pkg/apis/discovery/validation';

export default defineRule({
  meta: {
    id: 'discovery/port-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Endpoints', 'EndpointSlice'],
    description:
      'Endpoint ports need DNS-label names (unique, and required when there are several), port numbers from 1 to 65535, and qualified-name appProtocols.',
    fixable: false,
    sources: [
      { package: CORE, function: 'validateEndpointPort', type: 'Required', field: 'name' },
      { package: CORE, function: 'validateEndpointPort', type: 'Invalid', field: 'port' },
      { package: DISCOVERY, function: 'validatePorts', type: 'Duplicate' },
    ],
    messages: {
      name: 'port name {{value}} is not a DNS label: {{reasons}}; the API server refuses the object; use the name of the Service port, e.g. "http-metrics"',
      nameRequired:
        'this subset lists several ports, so each needs a name (the Service matches them by name); the API server refuses it; add the name of the Service port',
      duplicate:
        'port name {{value}} is used twice in this slice; the API server refuses it (Duplicate value); each port of a slice needs its own name',
      port: 'port {{value}} is not a port number; the API server refuses the object (must be between 1 and 65535, inclusive); write the port the endpoints listen on',
      appProtocol:
        'appProtocol {{value}} is not a qualified name: {{reasons}}; the API server refuses the object; write a protocol name such as "http" or "kubernetes.io/h2c"',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const kind = endpointsKindOf(resource);
        if (!kind) return;
        const lists: FieldPath[] =
          kind === 'Endpoints' ? subsetsOf(resource).map(({ path }) => [...path, 'ports']) : [['ports']];
        for (const listPath of lists) {
          const ports = entriesAt(valueAt(resource.object, listPath), listPath);
          const names = new Set<string>();
          for (const { entry, path } of ports) checkPort(entry, path, ports.length, names);
        }

        function checkPort(port: PlainObject, path: FieldPath, count: number, names: Set<string>): void {
          const report = (field: string, messageId: string, value: unknown, reasons: string[] = []): void =>
            context.report({
              resource,
              path: [...path, field],
              messageId,
              data: { value: preview(value), reasons: reasons.join('; ') },
            });
          const name = typeof port.name === 'string' ? port.name : '';
          if (name !== '') {
            const reasons = dns1123LabelErrors(name);
            if (reasons.length > 0) report('name', 'name', name, reasons);
          }
          if (kind === 'Endpoints') {
            if (count > 1 && name === '' && (port.name === undefined || typeof port.name === 'string'))
              report('name', 'nameRequired', name);
            if (typeof port.port === 'number' && !isValidPortNumber(port.port)) report('port', 'port', port.port);
          } else if (port.name === undefined || typeof port.name === 'string') {
            if (names.has(name)) report('name', 'duplicate', name);
            names.add(name);
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
