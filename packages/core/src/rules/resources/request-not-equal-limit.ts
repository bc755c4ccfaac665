import { compareVersions } from '../../release/versions.js';
import { defineRule } from '../../engine/rule.js';
import { compareQuantities } from '../../model/quantity.js';
import { isOvercommitAllowed, podLevelMayBeDefaulted, quantityText, requirementsOf } from './utils/requirements.js';

export default defineRule({
  meta: {
    id: 'resources/request-not-equal-limit',
    severity: 'error',
    origin: 'api-error',
    description:
      'An extended resource (a GPU, a device) or huge pages must be requested exactly at its limit, and the limit must be set.',
    fixable: true,
    podSpecFields: ['resources'],
    containerFields: ['resources'],
    source: 'validateResourceRequirements, helper.IsOvercommitAllowed (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateResourceRequirements',
        type: 'Invalid',
        field: 'requests',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateResourceRequirements',
        type: 'Required',
        field: 'limits',
      },
    ],
    messages: {
      notEqual:
        '{{owner}} requests {{request}} of {{resource}} but its limit is {{limit}}: {{resource}} cannot be overcommitted, so the API server refuses a request that differs from the limit (must be equal to the {{resource}} limit); set the request to {{limit}}, or leave it out and it defaults to the limit',
      limitMissing:
        '{{owner}} requests {{request}} of {{resource}} without a limit: {{resource}} cannot be overcommitted, so the API server requires its limit (Limit must be set for non overcommitable resources); set limits.{{resource}} to {{request}} and drop the request, which defaults to the limit',
    },
  },
  create(context) {
    const podLevel = compareVersions(context.kubernetesVersion, '1.34') >= 0;
    return {
      podSpec(site, resource) {
        for (const requirements of requirementsOf(site, podLevel)) {
          for (const [name, request] of Object.entries(requirements.requests)) {
            if (isOvercommitAllowed(name)) continue;
            const data = { owner: requirements.owner, resource: name, request: quantityText(request) };
            if (!Object.prototype.hasOwnProperty.call(requirements.limits, name)) {
              const podLevelFilled = requirements.container === undefined && podLevelMayBeDefaulted(site, name);
              if (!podLevelFilled)
                context.report({ resource, path: [...requirements.path, 'limits'], messageId: 'limitMissing', data });
              continue;
            }
            const limit = requirements.limits[name];
            if ((compareQuantities(request, limit) ?? 0) === 0) continue;
            const requestPath = [...requirements.path, 'requests', name];
            const fix =
              typeof limit === 'string' || typeof limit === 'number'
                ? {
                    fix: {
                      description: `Request the limit, ${String(limit)}`,
                      replaceValues: [{ path: requestPath, value: limit }],
                    },
                  }
                : {};
            context.report({
              resource,
              path: [...requirements.path, 'requests'],
              messageId: 'notEqual',
              data: { ...data, limit: quantityText(limit) },
              ...fix,
            });
          }
        }
      },
    };
  },
});
