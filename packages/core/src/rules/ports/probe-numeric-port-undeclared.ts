import { defineRule } from '../../engine/rule.js';
import { describeHandlerPort, resolvedHandlerPorts } from './utils/handler-ports.js';

export default defineRule({
  meta: {
    id: 'ports/probe-numeric-port-undeclared',
    severity: 'info',
    origin: 'pitfall',
    description: 'A probe checks a port number that its container does not declare.',
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe'],
    recommended: false,
    source: 'kube-linter liveness-port / readiness-port / startup-port',
    messages: {
      probeNumericPortUndeclared:
        '{{resolved}} checks port {{number}}, which the container does not declare (it declares {{join}}): if that is a typo the probe always fails; declare the port or probe one of the declared ones',
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
            messageId: 'probeNumericPortUndeclared',
            data: { resolved: describeHandlerPort(resolved), number: port.number, join: declared.join(', ') },
          });
        }
      },
    };
  },
});
