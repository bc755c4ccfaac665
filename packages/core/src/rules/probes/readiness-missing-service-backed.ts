import { defineRule } from '../../engine/rule.js';
import { describeContainer } from '../../model/containers.js';
import { workloadReadiness } from './utils/readiness.js';

export default defineRule({
  meta: {
    id: 'probes/readiness-missing-service-backed',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A workload behind a Service has no readiness probe in any container.',
    fixable: false,
    source: 'kube-score "Pod Probes"; Polaris readinessProbeMissing; kube-linter no-readiness-probe',
    messages: {
      readinessMissingServiceBacked:
        '{{container}} has no readiness probe, and neither has any other container of this pod, yet Service "{{detail}}" sends it traffic: the pod counts as Ready as soon as it starts, so requests arrive before the app listens and during shutdown; add a readinessProbe (e.g. httpGet on the serving port)',
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const { resource, containers, unprobed, service } of workloadReadiness(resources, context.serviceIndex)) {
          if (containers.length === 0 || unprobed.length < containers.length || !service) continue;
          for (const container of containers) {
            context.report({
              resource,
              path: container.path,
              messageId: 'readinessMissingServiceBacked',
              data: { container: describeContainer(container), detail: service.name ?? '(unnamed)' },
              related: [
                {
                  resource: service,
                  path: ['spec', 'selector'],
                  message: 'the Service that selects this pod template',
                },
              ],
            });
          }
        }
      },
    };
  },
});
