import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { isObject } from '../../model/values.js';
import { isJobLike } from '../../model/workloads.js';

export default defineRule({
  meta: {
    id: 'probes/readiness-in-job',
    severity: 'info',
    origin: 'pitfall',
    description: 'A Job or CronJob container has a readiness probe, which nothing uses.',
    fixable: false,
    containerFields: ['readinessProbe'],
    source: 'Polaris readinessProbeMissing and kube-score probe checks (both exclude Job and CronJob)',
    messages: {
      readinessInJob:
        "{{container}} of a {{kind}} has a readiness probe, but a {{kind}}'s pods run to completion and receive no Service traffic, so nothing uses it; remove the readiness probe",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (!isJobLike(resource)) return;
        for (const container of containersOf(site, ['containers'])) {
          if (!isObject(container.container.readinessProbe)) continue;
          context.report({
            resource,
            path: [...container.path, 'readinessProbe'],
            messageId: 'readinessInJob',
            data: { container: describeContainer(container), kind: resource.kind },
          });
        }
      },
    };
  },
});
