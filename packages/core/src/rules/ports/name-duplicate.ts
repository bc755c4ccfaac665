import { defineRule } from '../../engine/rule.js';
import { containersOf } from '../../model/containers.js';
import { formatPath, type FieldPath } from '../../model/path.js';
import { isValidPortName } from '../../model/ports.js';
import { portEntriesOf } from './utils/port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/name-duplicate',
    severity: 'error',
    origin: 'api-error',
    description: 'Two ports of one container have the same name.',
    fixable: false,
    containerFields: ['ports'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerPorts' }],
    messages: {
      nameDuplicate:
        'port name "{{name}}" is already used by {{first}} in the same container: Services and probes select a port by name, so the API server refuses the duplicate (Duplicate value: "{{name}}"); give this port another name',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site)) {
          // Invalid names are reported by ports/name-invalid and, like the API server, not counted here.
          const firstByName = new Map<string, FieldPath>();
          for (const entry of portEntriesOf(container, false)) {
            if (!isValidPortName(entry.name)) continue;
            const first = firstByName.get(entry.name);
            if (!first) {
              firstByName.set(entry.name, [...entry.path, 'name']);
              continue;
            }
            context.report({
              resource,
              path: [...entry.path, 'name'],
              messageId: 'nameDuplicate',
              data: { name: entry.name, first: formatPath(first) },
              related: [{ path: first, message: `the first port named "${entry.name}"` }],
            });
          }
        }
      },
    };
  },
});
