import { defineRule } from '../../engine/rule.js';
import { describeContainer } from '../../model/containers.js';
import { formatPath } from '../../model/path.js';
import { describeHandlerPort, resolvedHandlerPorts } from './utils/handler-ports.js';

export default defineRule({
  meta: {
    id: 'ports/probe-port-of-other-container',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A probe checks a port that another container of the pod declares.',
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe'],
    source:
      'kubelet probe port resolution (pkg/probe/util.go ResolveContainerPort); Kubernetes docs on liveness probes',
    messages: {
      probePortOfOtherContainer:
        '{{resolved}} checks {{what}}, which {{container}} declares ({{path}}): {{consequence}}; probe an endpoint this container serves itself',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const resolved of resolvedHandlerPorts(site, 'probes')) {
          const { port, elsewhere: owner } = resolved;
          if (!owner) continue;
          const what = port.name !== undefined ? `port "${port.name}"` : `port ${port.number}`;
          const consequence =
            port.name !== undefined
              ? 'the kubelet resolves a named probe port in the probed container only, so this probe can never succeed'
              : `this container is then ${port.owner === 'readinessProbe' ? 'marked unready' : 'restarted'} for ${describeContainer(owner.container)}'s faults`;
          context.report({
            resource,
            path: port.path,
            messageId: 'probePortOfOtherContainer',
            data: {
              resolved: describeHandlerPort(resolved),
              what,
              container: describeContainer(owner.container),
              path: formatPath(owner.path),
              consequence,
            },
            related: [{ path: owner.path, message: `the port, declared by ${describeContainer(owner.container)}` }],
          });
        }
      },
    };
  },
});
