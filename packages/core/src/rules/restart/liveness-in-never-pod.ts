import { defineRule } from '../../engine/rule.js';
import { describeContainer } from '../../model/containers.js';
import { isJobLike } from '../../model/workloads.js';
import { neverRestartedProbes } from './utils/never-restarted-probes.js';

export default defineRule({
  meta: {
    id: 'restart/liveness-in-never-pod',
    severity: 'warning',
    origin: 'pitfall',
    description:
      'A container that is never restarted has a liveness or startup probe, so one failed probe ends the Pod.',
    fixable: false,
    containerFields: ['livenessProbe', 'startupProbe'],
    source: 'Kubernetes docs, Pod lifecycle (container probes) and Configure liveness, readiness and startup probes',
    messages: {
      livenessInNeverPod:
        '{{container}} is never restarted ({{detail}} restartPolicy is "Never"), so the first {{detail2}} probe failure kills it for good and the Pod fails; remove the probe or let the container be restarted (restartPolicy "OnFailure", or a Deployment)',
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
            messageId: 'livenessInNeverPod',
            data: {
              container: describeContainer(found.container),
              detail: found.containerLevel ? 'its own' : "the pod's",
              detail2: found.probe === 'livenessProbe' ? 'liveness' : 'startup',
            },
          });
        }
      },
    };
  },
});
