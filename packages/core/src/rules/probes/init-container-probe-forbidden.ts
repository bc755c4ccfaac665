import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { isSet } from '../../model/values.js';

const FIELDS = ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const;

export default defineRule({
  meta: {
    id: 'probes/init-container-probe-forbidden',
    severity: 'error',
    origin: 'api-error',
    description: 'Only sidecars (init containers with restartPolicy: Always) may have probes or lifecycle hooks.',
    fixable: false,
    containerFields: ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateInitContainers' }],
    messages: {
      initContainerProbeForbidden:
        "{{container}} has {{what}}, but a regular init container runs to completion before the app starts, so the API server refuses it (may not be set for init containers without restartPolicy=Always); remove {{field}}, or add restartPolicy: Always if the container is a sidecar that runs for the pod's whole life",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site, ['initContainers'])) {
          if (container.isSidecar) continue;
          for (const field of FIELDS) {
            if (!isSet(container.container[field])) continue;
            const what = field === 'lifecycle' ? 'lifecycle hooks' : `a ${field.replace('Probe', '')} probe`;
            context.report({
              resource,
              path: [...container.path, field],
              messageId: 'initContainerProbeForbidden',
              data: { container: describeContainer(container), what, field },
            });
          }
        }
      },
    };
  },
});
