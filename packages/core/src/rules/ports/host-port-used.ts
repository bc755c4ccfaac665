import { defineRule } from '../../engine/rule.js';
import { isValidPortNumber } from '../../model/ports.js';
import { writtenPorts } from './port-entries.js';

/** One pod per node by construction: a hostPort does not limit their scheduling. */
const ONE_POD_PER_NODE = new Set(['DaemonSet']);

export default defineRule({
  meta: {
    id: 'ports/host-port-used',
    severity: 'info',
    origin: 'pitfall',
    description: 'A workload\'s pod template binds a hostPort.',
    help: [
      'A `hostPort` binds the port on the node, so two replicas that use it can never run on the same node: the scheduler leaves them Pending once every node has one, and a rolling update can deadlock. The Kubernetes configuration best practices say not to specify a hostPort unless it is absolutely necessary; expose the pods through a Service (or a NodePort/LoadBalancer Service) instead. DaemonSets (one pod per node) and pods with `hostNetwork` are not reported.',
      '',
      'Bad:',
      '```yaml',
      'kind: Deployment',
      'spec:',
      '  replicas: 3',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          ports: [{containerPort: 80, hostPort: 80}]',
      '```',
      'Good:',
      '```yaml',
      'kind: Deployment',
      'spec:',
      '  replicas: 3',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          ports: [{containerPort: 80}]',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'Polaris hostPortSet; Kubernetes "Configuration Best Practices" (Services)',
    messages: {
      hostPortUsed: 'hostPort {{hostPort}} binds the port on the node, so no two pods of this {{kind}} can run on the same node (the rest stay Pending, and a rolling update can stall); expose the port through a Service instead unless the node port is really needed',
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
            messageId: 'hostPortUsed', data: { hostPort, kind: resource.kind },
          });
        }
      },
    };
  },
});
