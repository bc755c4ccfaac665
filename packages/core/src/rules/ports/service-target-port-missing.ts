import { defineRule } from '../../engine/rule.js';
import { closestMatch } from '../../util/suggest.js';
import { hasRefusedProtocol, serviceTargets, workloadLabel } from './utils/service-targets.js';

export default defineRule({
  meta: {
    id: 'ports/service-target-port-missing',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A Service selects pods of the input but its named targetPort matches no port of theirs.',
    fixable: true,
    source:
      'EndpointSlice controller FindPort (k8s.io/endpointslice utils.go); kube-linter dangling-service / invalid-target-ports; kube-score "Service Targets Pod"',
    messages: {
      serviceTargetPortMissing:
        'the Service\'s {{label}} targets "{{name}}" on the pods of {{target}}, but {{problem}}: those pods get no endpoints for this port and its traffic is dropped; {{advice}}',
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const target of serviceTargets(resources, context.serviceIndex)) {
          const name = target.targetName;
          if (name === undefined) continue;
          if (
            target.podPorts.some(
              (entry) => entry.name === name && (entry.protocol === target.protocol || hasRefusedProtocol(entry)),
            )
          )
            continue;
          const sameName = target.podPorts.find((entry) => entry.name === name);
          const names = [
            ...new Set(
              target.podPorts
                .filter((entry) => entry.name !== '' && entry.protocol === target.protocol)
                .map((entry) => entry.name),
            ),
          ];
          const suggestion = sameName ? undefined : closestMatch(name, names);
          const problem = sameName
            ? `the pods declare "${name}" as ${sameName.protocol}, but the Service port is ${target.protocol}, and a named targetPort must match both`
            : `no container of its pods declares a port named "${name}" (${names.length > 0 ? `they declare ${names.map((candidate) => `"${candidate}"`).join(', ')}` : 'they declare no named ports'})`;
          context.report({
            resource: target.service,
            path: target.path,
            messageId: 'serviceTargetPortMissing',
            data: {
              label: target.label,
              name,
              target: workloadLabel(target),
              problem,
              advice: suggestion ? `did you mean "${suggestion}"?` : 'use a declared port name or the port number',
            },
            related: [
              {
                resource: target.workload,
                path: target.site.path,
                message: `the pods that ${target.service.kind} "${target.service.name ?? '?'}" selects`,
              },
            ],
            ...(suggestion
              ? {
                  fix: {
                    description: `Target port "${suggestion}"`,
                    replaceValues: [{ path: target.path, value: suggestion }],
                  },
                }
              : {}),
          });
        }
      },
    };
  },
});
