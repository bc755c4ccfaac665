import { defineRule } from '../../engine/rule.js';
import { describeContainer } from '../../model/containers.js';
import { neverRestartedProbes } from './utils/never-restarted-probes.js';
import { DEFAULT_BACKOFF_LIMIT, jobTemplateOf } from './utils/restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/liveness-in-never-job',
    severity: 'info',
    origin: 'pitfall',
    description:
      "A Job's container with restartPolicy Never has a liveness or startup probe: each probe failure fails a pod.",
    fixable: false,
    containerFields: ['livenessProbe', 'startupProbe'],
    source: 'Kubernetes docs, Jobs (pod backoff failure policy) and Pod lifecycle (container probes)',
    messages: {
      livenessInNeverJob:
        '{{container}} is never restarted, so each {{detail}} probe failure fails the whole pod and counts against backoffLimit ({{detail2}}); make sure the probe tolerates slow phases, or rely on activeDeadlineSeconds instead',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const template = jobTemplateOf(site, resource);
        if (!template) return;
        for (const found of neverRestartedProbes(site, context.kubernetesVersion)) {
          context.report({
            resource,
            path: found.path,
            messageId: 'livenessInNeverJob',
            data: {
              container: describeContainer(found.container),
              detail: found.probe === 'livenessProbe' ? 'liveness' : 'startup',
              detail2: template.backoffLimit ?? `${DEFAULT_BACKOFF_LIMIT} by default`,
            },
          });
        }
      },
    };
  },
});
