import { defineRule } from '../../engine/rule.js';
import { describeHandlerPort, resolvedHandlerPorts } from './handler-ports.js';

export default defineRule({
  meta: {
    id: 'ports/probe-numeric-port-undeclared',
    severity: 'info',
    origin: 'pitfall',
    description: 'A probe checks a port number that its container does not declare.',
    help: [
      '`containerPort` is informational, so a probe on an undeclared number works if the process listens there. But when the container does declare its ports and the probe uses another number, it is usually a typo or a stale port after a change (`8081` vs `8080`), and the probe fails. Declare the port (ideally with a name, and probe it by name), or correct the number. Containers that declare no ports at all are not reported.',
      '',
      'Bad:',
      '```yaml',
      'ports: [{containerPort: 8080}]',
      'readinessProbe:',
      '  httpGet: {path: /ready, port: 8081}',
      '```',
      'Good:',
      '```yaml',
      'ports: [{name: http, containerPort: 8080}]',
      'readinessProbe:',
      '  httpGet: {path: /ready, port: http}',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'kube-linter liveness-port / readiness-port / startup-port',
    messages: {
      probeNumericPortUndeclared: '{{resolved}} checks port {{number}}, which the container does not declare (it declares {{join}}): if that is a typo the probe always fails; declare the port or probe one of the declared ones',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const resolved of resolvedHandlerPorts(site, 'probes')) {
          const { port, own } = resolved;
          // Containers that declare nothing leave containerPort informational; another container's port is a rule of its own.
          if (own.length === 0 || port.number === undefined || resolved.declared || resolved.elsewhere) continue;
          const declared = own.map((entry) => entry.containerPort).filter((value) => value !== undefined && value > 0);
          context.report({
            resource,
            path: port.path,
            messageId: 'probeNumericPortUndeclared', data: { resolved: describeHandlerPort(resolved), number: port.number, join: declared.join(', ') },
          });
        }
      },
    };
  },
});
