import { defineRule } from '../../engine/rule.js';
import { describeContainer } from '../../model/containers.js';
import { isJobLike } from '../../model/workloads.js';
import { neverRestartedProbes } from './never-restarted-probes.js';

export default defineRule({
  meta: {
    id: 'restart/liveness-in-never-pod',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A container that is never restarted has a liveness or startup probe, so one failed probe ends the Pod.',
    help: [
      'A failing liveness or startup probe kills the container "and the container is subjected to its restart policy". With `restartPolicy: Never` (the pod\'s, or from 1.35 the container\'s own) it is not restarted: one slow response turns into a failed Pod. Remove the probe, or let the container be restarted (`OnFailure`, or a Deployment). Job and CronJob templates are reported at info level by `restart/liveness-in-never-job`.',
      '',
      'Bad:',
      '```yaml',
      'kind: Pod',
      'spec:',
      '  restartPolicy: Never',
      '  containers:',
      '    - name: task',
      '      livenessProbe: {exec: {command: [cat, /tmp/healthy]}}',
      '```',
      'Good:',
      '```yaml',
      'kind: Pod',
      'spec:',
      '  restartPolicy: OnFailure',
      '  containers:',
      '    - name: task',
      '      livenessProbe: {exec: {command: [cat, /tmp/healthy]}}',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'Kubernetes docs, Pod lifecycle (container probes) and Configure liveness, readiness and startup probes',
    messages: {
      livenessInNeverPod: '{{container}} is never restarted ({{detail}} restartPolicy is "Never"), so the first {{detail2}} probe failure kills it for good and the Pod fails; remove the probe or let the container be restarted (restartPolicy "OnFailure", or a Deployment)',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (isJobLike(resource)) return;
        for (const found of neverRestartedProbes(site, context.kubernetesVersion)) {
          context.report({
            resource,
            path: found.path,
            messageId: 'livenessInNeverPod', data: { container: describeContainer(found.container), detail: found.containerLevel ? 'its own' : "the pod's", detail2: found.probe === 'livenessProbe' ? 'liveness' : 'startup' },
          });
        }
      },
    };
  },
});
