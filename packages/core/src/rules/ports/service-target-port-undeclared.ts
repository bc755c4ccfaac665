import { defineRule } from '../../engine/rule.js';
import { serviceTargets, workloadLabel } from './utils/service-targets.js';

export default defineRule({
  meta: {
    id: 'ports/service-target-port-undeclared',
    severity: 'info',
    origin: 'pitfall',
    description: 'A Service targets a port number that the selected pods do not declare.',
    fixable: false,
    recommended: false,
    source: 'podlint; Service defaulting (targetPort = port) in pkg/apis/core/v1/defaults.go',
    messages: {
      serviceTargetPortUndeclared:
        "the Service's {{label}} sends traffic to port {{number}}{{detail}}, but the pods of {{target}} declare {{join}}: unless the process also listens on {{number}}, connections are refused; set targetPort to the declared port",
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const target of serviceTargets(resources, context.serviceIndex)) {
          const number = target.targetNumber;
          if (number === undefined || target.podPorts.length === 0) continue;
          if (target.podPorts.some((entry) => entry.containerPort === number)) continue;
          const declared = [
            ...new Set(
              target.podPorts.map((entry) => entry.containerPort).filter((value) => value !== undefined && value > 0),
            ),
          ];
          context.report({
            resource: target.service,
            path: target.path,
            messageId: 'serviceTargetPortUndeclared',
            data: {
              label: target.label,
              number,
              detail: target.targetDefaulted ? ' (targetPort is unset, so it defaults to the port)' : '',
              target: workloadLabel(target),
              join: declared.join(', '),
            },
            related: [{ resource: target.workload, path: target.site.path, message: 'the pods this Service selects' }],
          });
        }
      },
    };
  },
});
