import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { compareQuantities, compareQuantitySum } from '../../model/quantity.js';
import { asObject } from '../../model/values.js';
import { isHugePagesResource, quantityText } from './utils/requirements.js';

export default defineRule({
  meta: {
    id: 'resources/pod-level-below-containers',
    severity: 'error',
    origin: 'api-error',
    description:
      "Pod-level requests may not be below the sum of the containers' requests, nor pod-level limits below a container's limit.",
    fixable: false,
    podSpecFields: ['resources'],
    versions: { since: '1.34' },
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validatePodResourceConsistency' }],
    messages: {
      requests:
        'the pod requests {{value}} of {{name}}, less than its containers request together ({{sum}}), so the API server refuses the object; raise the pod-level request or lower the containers',
      hugePageLimits:
        'the pod limits {{name}} to {{value}}, less than the limits of its containers together ({{sum}}), so the API server refuses the object; raise the pod-level limit or lower the containers',
      containerLimit:
        '{{owner}} limits {{name}} to {{limit}}, above the pod-level limit {{value}}, so the API server refuses the object; lower the container limit or raise the pod-level one',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const resources = asObject(site.spec.resources);
        if (!resources || asObject(site.spec.os)?.name === 'windows') return;
        const podRequests = asObject(resources.requests) ?? {};
        const podLimits = asObject(resources.limits) ?? {};
        const regular = containersOf(site, ['containers']).map((container) => {
          const own = asObject(container.container.resources);
          return {
            container,
            requests: asObject(own?.requests) ?? {},
            limits: asObject(own?.limits) ?? {},
          };
        });
        // Only the regular containers are summed: the API server's aggregate (init containers and
        // sidecars included) is never less, so a sum above the pod's value is refused whatever they add.
        // A Pod's containers request their limits when they set no request (SetDefaults_Pod); a template's do not.
        const requested = (name: string) =>
          regular.flatMap(({ requests, limits }) =>
            requests[name] !== undefined
              ? [requests[name]]
              : !site.isTemplate && limits[name] !== undefined
                ? [limits[name]]
                : [],
          );
        const path = [...site.path, 'resources'];
        for (const [name, value] of Object.entries(podRequests)) {
          const parts = requested(name);
          if (parts.length === 0 || compareQuantitySum(parts, value) !== 1) continue;
          context.report({
            resource,
            path: [...path, 'requests', name],
            messageId: 'requests',
            data: { name, value: quantityText(value), sum: parts.map(quantityText).join(' + ') },
          });
        }
        for (const [name, value] of Object.entries(podLimits)) {
          if (!isHugePagesResource(name)) continue;
          const parts = regular.flatMap(({ limits }) => (limits[name] !== undefined ? [limits[name]] : []));
          if (parts.length === 0 || compareQuantitySum(parts, value) !== 1) continue;
          context.report({
            resource,
            path: [...path, 'limits', name],
            messageId: 'hugePageLimits',
            data: { name, value: quantityText(value), sum: parts.map(quantityText).join(' + ') },
          });
        }
        for (const { container, limits } of regular) {
          for (const [name, limit] of Object.entries(limits)) {
            const value = podLimits[name];
            if (value === undefined || compareQuantities(limit, value) !== 1) continue;
            context.report({
              resource,
              path: [...container.path, 'resources', 'limits', name],
              messageId: 'containerLimit',
              data: {
                owner: describeContainer(container),
                name,
                limit: quantityText(limit),
                value: quantityText(value),
              },
            });
          }
        }
      },
    };
  },
});
