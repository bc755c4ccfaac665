import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { isObject } from '../../model/values.js';
import { isLongRunningWorkload } from '../../model/workloads.js';

export default defineRule({
  meta: {
    id: 'probes/liveness-missing',
    severity: 'info',
    origin: 'advice',
    description: 'A container of a long-running workload has no liveness probe.',
    help: [
      'Without a liveness probe the kubelet restarts a container only when its process exits; a deadlocked process keeps running forever. A liveness probe is advice, not a rule: a bad one does more harm than none (kube-score recommends one only "if you really need it"). If you add one, check something cheap that only fails when a restart helps, and keep it more tolerant than readiness.',
      '',
      'Bad:',
      '```yaml',
      'containers:',
      '  - name: worker',
      '    image: example/worker:1.0',
      '```',
      'Good:',
      '```yaml',
      'containers:',
      '  - name: worker',
      '    image: example/worker:1.0',
      '    livenessProbe:',
      '      exec: {command: [/bin/worker, health]}',
      '      failureThreshold: 5',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'Polaris livenessProbeMissing; kube-linter no-liveness-probe',
    messages: {
      livenessMissing: '{{container}} has no liveness probe, so a deadlocked process is never restarted; add a cheap livenessProbe if a restart would help, more tolerant than the readiness probe',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (!isLongRunningWorkload(resource)) return;
        for (const container of containersOf(site, ['containers'])) {
          if (isObject(container.container.livenessProbe)) continue;
          context.report({
            resource,
            path: container.path,
            messageId: 'livenessMissing', data: { container: describeContainer(container) },
          });
        }
      },
    };
  },
});
