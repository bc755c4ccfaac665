import { defineRule } from '../../engine/rule.js';
import { ownerKind, podRestartPolicy, properCase } from './restart-policy.js';

const JOB_POLICIES = ['OnFailure', 'Never'];

export default defineRule({
  meta: {
    id: 'restart/job-policy-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: "A Job template's restartPolicy is not a restart policy at all.",
    help: [
      'A Job or CronJob template accepts `restartPolicy: OnFailure` or `Never`, spelled exactly so; any other value is refused twice, by the pod validation and by the Job\'s (`Unsupported value: "never": supported values: "OnFailure", "Never"`). The quick fix corrects the case.',
      '',
      'Bad:',
      '```yaml',
      'kind: Job',
      'spec:',
      '  template:',
      '    spec:',
      '      restartPolicy: never',
      '```',
      'Good:',
      '```yaml',
      'kind: Job',
      'spec:',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '```',
    ].join('\n'),
    fixable: true,
    source: 'validateJobSpec (pkg/apis/batch/validation); validateRestartPolicy (pkg/apis/core/validation)',
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (ownerKind(site, resource) !== 'job') return;
        const policy = podRestartPolicy(site);
        if (!policy || ['Always', ...JOB_POLICIES].includes(policy.value)) return;
        const fixed = properCase(policy.value, JOB_POLICIES);
        context.report({
          resource,
          path: policy.path,
          message: `restartPolicy ${JSON.stringify(policy.value)} is not supported: a ${resource.kind} accepts exactly "OnFailure" or "Never" (case-sensitive) and the API server refuses the object; ${fixed ? `write "${fixed}"` : 'use "OnFailure" to restart failed containers in place, or "Never" to let the Job create new pods'}`,
          ...(fixed ? { fix: { description: `Change restartPolicy to ${fixed}`, replaceValues: [{ path: policy.path, value: fixed }] } } : {}),
        });
      },
    };
  },
});
