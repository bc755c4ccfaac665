import { defineRule } from '../../engine/rule.js';
import { containersOf } from '../../model/containers.js';
import { formatPath } from '../../model/path.js';
import {
  describeHostBinding,
  hostNetworkDefaultsApply,
  portEntriesOf,
  repeatedHostPorts,
} from './utils/port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/host-port-conflict-init',
    severity: 'error',
    origin: 'api-error',
    description: 'One init container binds the same host port, protocol and host IP twice.',
    fixable: false,
    containerFields: ['ports'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateInitContainers' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'checkHostPortConflicts' },
    ],
    messages: {
      hostPortConflictInit:
        '{{entry}} is already bound by {{first}} in the same init container, so the API server refuses the duplicate (Duplicate value: "{{key}}"); choose another hostPort',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const defaults = hostNetworkDefaultsApply(site, resource);
        for (const container of containersOf(site, ['initContainers'])) {
          for (const { entry, key, first } of repeatedHostPorts(portEntriesOf(container, defaults))) {
            context.report({
              resource,
              path: [...entry.path, 'hostPort'],
              messageId: 'hostPortConflictInit',
              data: { entry: describeHostBinding(entry), first: formatPath(first), key },
              related: [{ path: first, message: 'the first port that binds this host port' }],
            });
          }
        }
      },
    };
  },
});
