import { defineRule } from '../../engine/rule.js';
import { setOnEphemeralContainers } from '../../model/containers.js';

export default defineRule({
  meta: {
    id: 'ports/ephemeral-ports-forbidden',
    severity: 'error',
    origin: 'api-error',
    description: 'An ephemeral (debug) container cannot declare ports.',
    fixable: false,
    containerFields: ['ports'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateEphemeralContainers' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateFieldAllowList' },
    ],
    messages: {
      ephemeralPortsForbidden:
        "an ephemeral container cannot declare ports: the API server refuses them (Forbidden: cannot be set for an Ephemeral Container); remove ports, the debug container shares the pod's network anyway",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        // Other shapes than a list never get past the decoder.
        for (const { path } of setOnEphemeralContainers(site, ['ports']).filter(({ value }) => Array.isArray(value))) {
          context.report({
            resource,
            path,
            messageId: 'ephemeralPortsForbidden',
          });
        }
      },
    };
  },
});
