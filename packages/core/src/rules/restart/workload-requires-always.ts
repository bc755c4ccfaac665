import { defineRule } from '../../engine/rule.js';
import { templateOwner } from '../../model/workloads.js';
import { podRestartPolicy } from './utils/restart-policy.js';
import { WORKLOAD_TEMPLATE_VALIDATORS } from './utils/workload-validators.js';

export default defineRule({
  meta: {
    id: 'restart/workload-requires-always',
    severity: 'error',
    origin: 'api-error',
    description:
      'Deployments, ReplicaSets, StatefulSets, DaemonSets and ReplicationControllers accept only restartPolicy Always.',
    fixable: true,
    podSpecFields: ['restartPolicy'],
    sources: WORKLOAD_TEMPLATE_VALIDATORS,
    messages: {
      workloadRequiresAlways:
        'restartPolicy {{value}} is refused in a {{kind}}: the controller keeps its pods running, so its validation accepts only "Always"{{detail}}; set restartPolicy to "Always" or remove it{{detail2}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (templateOwner(site, resource) !== 'always') return;
        const policy = podRestartPolicy(site);
        if (!policy || policy.value === 'Always') return;
        const known = ['OnFailure', 'Never'].includes(policy.value);
        context.report({
          resource,
          path: policy.path,
          messageId: 'workloadRequiresAlways',
          data: {
            value: JSON.stringify(policy.value),
            kind: resource.kind,
            detail: known ? '' : ' (and the value is not a restart policy at all)',
            detail2: known ? ', or use a Job for work that runs to completion' : '',
          },
          fix: { description: 'Set restartPolicy to Always', replaceValues: [{ path: policy.path, value: 'Always' }] },
        });
      },
    };
  },
});
