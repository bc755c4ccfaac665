import { defineRule } from '../../engine/rule.js';
import { formatPath } from '../../model/path.js';
import { hasRefusedProtocol, serviceTargets, workloadLabel } from './service-targets.js';

export default defineRule({
  meta: {
    id: 'ports/service-target-port-protocol',
    severity: 'info',
    origin: 'pitfall',
    description: 'A Service port and the container port it targets use different protocols.',
    help: [
      'Traffic keeps its protocol through a Service: a UDP Service port reaches a UDP listener, not a TCP one. When the targeted number is declared by the pods only with another protocol (a DNS server declaring `53/UDP` behind a Service port without `protocol`, which defaults to TCP), the traffic goes to a socket nobody opened. Set the same protocol on both sides; for a port served over both, declare both. (For a named targetPort the mismatch means no endpoints at all, and is reported by `ports/service-target-port-missing`.)',
      '',
      'Bad:',
      '```yaml',
      'kind: Service',
      'spec:',
      '  ports: [{port: 53, targetPort: 53}]',
      '---',
      'ports: [{containerPort: 53, protocol: UDP}]',
      '```',
      'Good:',
      '```yaml',
      'kind: Service',
      'spec:',
      '  ports: [{port: 53, targetPort: 53, protocol: UDP}]',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'podlint',
    messages: {
      serviceTargetPortProtocol: 'the Service\'s {{label}} is {{protocol}}, but the pods of {{target}} declare port {{number}} only as {{join}} ({{path}}): {{protocol}} traffic does not reach that listener; set the same protocol on the Service port and the container port',
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const target of serviceTargets(resources)) {
          const number = target.targetNumber;
          if (number === undefined) continue;
          const declared = target.podPorts.filter((entry) => entry.containerPort === number);
          if (declared.length === 0 || declared.some((entry) => entry.protocol === target.protocol || hasRefusedProtocol(entry))) continue;
          const first = declared[0];
          if (!first) continue;
          context.report({
            resource: target.service,
            path: target.path,
            messageId: 'serviceTargetPortProtocol', data: { label: target.label, protocol: target.protocol, target: workloadLabel(target), number, join: [...new Set(declared.map((entry) => entry.protocol))].join(', '), path: formatPath(first.path) },
            related: [{ resource: target.workload, path: first.path, message: 'the container port with the other protocol' }],
          });
        }
      },
    };
  },
});
