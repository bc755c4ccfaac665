import { defineRule } from '../../engine/rule.js';
import { formatPath } from '../../model/path.js';
import { hasRefusedProtocol, serviceTargets, workloadLabel } from './utils/service-targets.js';

export default defineRule({
  meta: {
    id: 'ports/service-target-port-protocol',
    severity: 'info',
    origin: 'pitfall',
    description: 'A Service port and the container port it targets use different protocols.',
    fixable: false,
    source: 'podlint',
    messages: {
      serviceTargetPortProtocol:
        "the Service's {{label}} is {{protocol}}, but the pods of {{target}} declare port {{number}} only as {{join}} ({{path}}): {{protocol}} traffic does not reach that listener; set the same protocol on the Service port and the container port",
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const target of serviceTargets(resources, context.serviceIndex)) {
          const number = target.targetNumber;
          if (number === undefined) continue;
          const declared = target.podPorts.filter((entry) => entry.containerPort === number);
          if (
            declared.length === 0 ||
            declared.some((entry) => entry.protocol === target.protocol || hasRefusedProtocol(entry))
          )
            continue;
          const first = declared[0];
          if (!first) continue;
          context.report({
            resource: target.service,
            path: target.path,
            messageId: 'serviceTargetPortProtocol',
            data: {
              label: target.label,
              protocol: target.protocol,
              target: workloadLabel(target),
              number,
              join: [...new Set(declared.map((entry) => entry.protocol))].join(', '),
              path: formatPath(first.path),
            },
            related: [
              { resource: target.workload, path: first.path, message: 'the container port with the other protocol' },
            ],
          });
        }
      },
    };
  },
});
