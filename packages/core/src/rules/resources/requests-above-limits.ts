import { compareVersions } from '../../release/versions.js';
import { defineRule } from '../../engine/rule.js';
import { compareQuantities } from '../../model/quantity.js';
import { requirementsOf, isOvercommitAllowed, quantityText } from './utils/requirements.js';

export default defineRule({
  meta: {
    id: 'resources/requests-above-limits',
    severity: 'error',
    origin: 'api-error',
    description:
      'A container, or the pod as a whole (spec.resources), may not request more of a resource than its limit.',
    fixable: false,
    podSpecFields: ['resources'],
    containerFields: ['resources'],
    source: 'validateResourceRequirements (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateResourceRequirements',
        type: 'Invalid',
        field: 'requests',
      },
    ],
    messages: {
      aboveLimit:
        '{{owner}} requests {{request}} of {{resource}} but its limit is {{limit}}: a request above the limit can never be honoured, so the API server refuses the object (must be less than or equal to the {{resource}} limit); lower the request or raise the limit',
    },
  },
  create(context) {
    const podLevel = compareVersions(context.kubernetesVersion, '1.34') >= 0;
    return {
      podSpec(site, resource) {
        for (const requirements of requirementsOf(site, podLevel)) {
          for (const [name, request] of Object.entries(requirements.requests)) {
            if (!isOvercommitAllowed(name) || !Object.prototype.hasOwnProperty.call(requirements.limits, name))
              continue;
            const limit = requirements.limits[name];
            // An unparsable quantity is schema/format's finding; it cannot be compared.
            if ((compareQuantities(request, limit) ?? 0) <= 0) continue;
            context.report({
              resource,
              path: [...requirements.path, 'requests'],
              messageId: 'aboveLimit',
              data: {
                owner: requirements.owner,
                resource: name,
                request: quantityText(request),
                limit: quantityText(limit),
              },
            });
          }
        }
      },
    };
  },
});
