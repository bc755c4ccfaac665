import { defineRule } from '../../engine/rule.js';
import { describeContainer } from '../../model/containers.js';
import { formatPath } from '../../model/path.js';
import { describeHandlerPort, resolvedHandlerPorts } from './handler-ports.js';

export default defineRule({
  meta: {
    id: 'ports/probe-port-of-other-container',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A probe checks a port that another container of the pod declares.',
    help: [
      'A probe belongs to one container, but the containers of a pod share the network namespace, so a numeric port of another container is reachable: container A\'s liveness then depends on container B, and A is restarted for B\'s faults (a proxy sidecar restarting takes the app down with it). A *named* port of another container does not resolve at all — the kubelet looks names up in the probed container only — so that probe always fails. Probe an endpoint the container itself serves.',
      '',
      'Bad:',
      '```yaml',
      'containers:',
      '  - name: app',
      '    livenessProbe: {tcpSocket: {port: 15021}}',
      '  - name: proxy',
      '    ports: [{containerPort: 15021}]',
      '```',
      'Good:',
      '```yaml',
      'containers:',
      '  - name: app',
      '    ports: [{containerPort: 8080}]',
      '    livenessProbe: {tcpSocket: {port: 8080}}',
      '  - name: proxy',
      '    ports: [{containerPort: 15021}]',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'kubelet probe port resolution (pkg/probe/util.go ResolveContainerPort); Kubernetes docs on liveness probes',
    messages: {
      probePortOfOtherContainer: '{{resolved}} checks {{what}}, which {{container}} declares ({{path}}): {{consequence}}; probe an endpoint this container serves itself',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const resolved of resolvedHandlerPorts(site, 'probes')) {
          const { port, elsewhere: owner } = resolved;
          if (!owner) continue;
          const what = port.name !== undefined ? `port "${port.name}"` : `port ${port.number}`;
          const consequence = port.name !== undefined
            ? 'the kubelet resolves a named probe port in the probed container only, so this probe can never succeed'
            : `this container is then ${port.owner === 'readinessProbe' ? 'marked unready' : 'restarted'} for ${describeContainer(owner.container)}'s faults`;
          context.report({
            resource,
            path: port.path,
            messageId: 'probePortOfOtherContainer', data: { resolved: describeHandlerPort(resolved), what, container: describeContainer(owner.container), path: formatPath(owner.path), consequence },
            related: [{ path: owner.path, message: `the port, declared by ${describeContainer(owner.container)}` }],
          });
        }
      },
    };
  },
});
