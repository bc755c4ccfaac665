import { defineRule } from '../../engine/rule.js';
import { describeContainer } from '../../model/containers.js';
import { workloadReadiness } from './readiness.js';

export default defineRule({
  meta: {
    id: 'probes/readiness-missing',
    severity: 'info',
    origin: 'advice',
    description: 'A container of a long-running workload has no readiness probe.',
    help: [
      'Without a readiness probe a container counts as ready as soon as it starts, so traffic can reach it before it serves and a rollout cannot notice a broken version. podlint cannot see every Service that might select the pod, so this is advice; when a Service in the same input selects a pod with no readiness probe at all, `probes/readiness-missing-service-backed` reports a warning instead.',
      '',
      'Bad:',
      '```yaml',
      'containers:',
      '  - name: api',
      '    image: example/api:2.0',
      '```',
      'Good:',
      '```yaml',
      'containers:',
      '  - name: api',
      '    image: example/api:2.0',
      '    readinessProbe:',
      '      httpGet: {path: /ready, port: 8080}',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'Polaris readinessProbeMissing; kube-linter no-readiness-probe',
    messages: {
      readinessMissing: '{{container}} of {{kind}} "{{detail}}" has no readiness probe, so it counts as ready as soon as it starts; add a readinessProbe if it serves traffic',
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const { resource, containers, unprobed, service } of workloadReadiness(resources)) {
          // No readiness probe anywhere behind a Service is the warning of probes/readiness-missing-service-backed.
          if (unprobed.length === containers.length && service) continue;
          for (const container of unprobed) {
            context.report({
              resource,
              path: container.path,
              messageId: 'readinessMissing', data: { container: describeContainer(container), kind: resource.kind, detail: resource.name ?? '(unnamed)' },
            });
          }
        }
      },
    };
  },
});
