import { defineRule } from '../../engine/rule.js';
import { describeContainer } from '../../model/containers.js';
import { workloadReadiness } from './utils/readiness.js';

export default defineRule({
  meta: {
    id: 'probes/readiness-missing',
    severity: 'info',
    origin: 'advice',
    description: 'A container of a long-running workload has no readiness probe.',
    fixable: false,
    recommended: false,
    source: 'Polaris readinessProbeMissing; kube-linter no-readiness-probe',
    messages: {
      readinessMissing:
        '{{container}} of {{kind}} "{{detail}}" has no readiness probe, so it counts as ready as soon as it starts; add a readinessProbe if it serves traffic',
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const { resource, containers, unprobed, service } of workloadReadiness(resources, context.serviceIndex)) {
          // No readiness probe anywhere behind a Service is the warning of probes/readiness-missing-service-backed.
          if (unprobed.length === containers.length && service) continue;
          for (const container of unprobed) {
            context.report({
              resource,
              path: container.path,
              messageId: 'readinessMissing',
              data: {
                container: describeContainer(container),
                kind: resource.kind,
                detail: resource.name ?? '(unnamed)',
              },
            });
          }
        }
      },
    };
  },
});
