import { defineRule } from '../../engine/rule.js';
import { isSet } from '../../model/values.js';
import { writtenPorts } from './utils/port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/container-port-required',
    severity: 'error',
    origin: 'api-error',
    description: "Every entry of a container's ports needs a containerPort.",
    fixable: false,
    containerFields: ['ports'],
    reportsSchemaProblems: [{ problems: ['required'], field: 'core.v1.ContainerPort.containerPort' }],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerPorts' }],
    messages: {
      containerPortRequired:
        'this port has {{written}}, so the API server refuses the object (Required value); set the port the process listens on (1-65535) or remove the entry',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const entry of writtenPorts(site)) {
          if (entry.containerPort !== 0) continue;
          context.report({
            resource,
            // An absent key is located at the entry by the engine.
            path: [...entry.path, 'containerPort'],
            messageId: 'containerPortRequired',
            data: { written: isSet(entry.port.containerPort) ? 'containerPort 0' : 'no containerPort' },
          });
        }
      },
    };
  },
});
