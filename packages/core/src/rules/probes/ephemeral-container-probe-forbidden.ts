import { defineRule } from '../../engine/rule.js';
import { describeContainer, setOnEphemeralContainers } from '../../model/containers.js';
import { PROBE_KINDS } from '../../model/probes.js';

export default defineRule({
  meta: {
    id: 'probes/ephemeral-container-probe-forbidden',
    severity: 'error',
    origin: 'api-error',
    description: 'Ephemeral containers may not have probes or lifecycle hooks.',
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateEphemeralContainers' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateFieldAllowList' },
    ],
    messages: {
      ephemeralContainerProbeForbidden:
        '{{container}} sets {{field}}, but ephemeral containers are never health-checked or restarted, so the API server refuses it (cannot be set for an Ephemeral Container); remove {{field}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { container, field, path } of setOnEphemeralContainers(site, [...PROBE_KINDS, 'lifecycle'])) {
          context.report({
            resource,
            path,
            messageId: 'ephemeralContainerProbeForbidden',
            data: { container: describeContainer(container), field },
          });
        }
      },
    };
  },
});
