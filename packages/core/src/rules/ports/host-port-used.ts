import { defineRule } from '../../engine/rule.js';
import { isValidPortNumber } from '../../model/ports.js';
import { writtenPorts } from './utils/port-entries.js';

/** One pod per node by construction: a hostPort does not limit their scheduling. */
const ONE_POD_PER_NODE = new Set(['DaemonSet']);

export default defineRule({
  meta: {
    id: 'ports/host-port-used',
    severity: 'info',
    origin: 'pitfall',
    description: "A workload's pod template binds a hostPort.",
    fixable: false,
    containerFields: ['ports'],
    source: 'Polaris hostPortSet; Kubernetes "Configuration Best Practices" (Services)',
    messages: {
      hostPortUsed:
        'hostPort {{hostPort}} binds the port on the node, so no two pods of this {{kind}} can run on the same node (the rest stay Pending, and a rolling update can stall); expose the port through a Service instead unless the node port is really needed',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (!site.isTemplate || ONE_POD_PER_NODE.has(resource.kind) || site.spec.hostNetwork === true) return;
        for (const entry of writtenPorts(site, ['initContainers', 'containers'])) {
          const hostPort = entry.writtenHostPort;
          if (!isValidPortNumber(hostPort)) continue;
          context.report({
            resource,
            path: [...entry.path, 'hostPort'],
            messageId: 'hostPortUsed',
            data: { hostPort, kind: resource.kind },
          });
        }
      },
    };
  },
});
