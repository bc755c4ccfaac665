import { defineRule } from '../../engine/rule.js';

/** What each owner's validation accepts for `restartPolicy` after defaulting (absent = Always). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['Always'],
  ReplicaSet: ['Always'],
  StatefulSet: ['Always'],
  DaemonSet: ['Always'],
  ReplicationController: ['Always'],
  Job: ['OnFailure', 'Never'],
  CronJob: ['OnFailure', 'Never'],
};

export default defineRule({
  meta: {
    id: 'restart/workload-policy',
    severity: 'error',
    origin: 'api-error',
    description: "A pod template's restartPolicy must be one its workload accepts.",
    help: [
      "Controllers that keep pods running (Deployment, ReplicaSet, StatefulSet, DaemonSet, ReplicationController) accept only `restartPolicy: Always`; Jobs and CronJobs accept only `OnFailure` or `Never`. An absent restartPolicy defaults to `Always`, so a Job template must set it.",
      '',
      'Bad:',
      '```yaml',
      'kind: Job',
      'spec:',
      '  template:',
      '    spec:',
      '      restartPolicy: Always',
      '```',
      'Good:',
      '```yaml',
      'kind: Job',
      'spec:',
      '  template:',
      '    spec:',
      '      restartPolicy: OnFailure',
      '```',
    ].join('\n'),
    fixable: true,
    source: 'ValidatePodTemplateSpecForReplicaSet/StatefulSet/DaemonSet, validateJobSpec, ValidatePodTemplateSpecForRC',
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const allowed = ALLOWED[resource.kind];
        if (!allowed || !site.isTemplate) return;
        const raw = site.spec.restartPolicy;
        if (raw !== undefined && raw !== null && typeof raw !== 'string') return;
        const policy = raw === undefined || raw === null || raw === '' ? 'Always' : raw;
        if (!['Always', 'OnFailure', 'Never'].includes(policy)) return;
        if (allowed.includes(policy)) return;
        const path = [...site.path, 'restartPolicy'];
        const isJob = resource.kind === 'Job' || resource.kind === 'CronJob';
        const explicit = raw !== undefined && raw !== null && raw !== '';
        const reason = isJob
          ? 'a Job runs its pods to completion, so the Job controller refuses templates that restart forever'
          : `a ${resource.kind} keeps its pods running and only accepts Always`;
        context.report({
          resource,
          path,
          message: `restartPolicy ${explicit ? `"${policy}"` : 'is unset (defaults to "Always")'}, which a ${resource.kind} refuses: ${reason}; set restartPolicy to ${allowed.map((value) => `"${value}"`).join(' or ')}`,
          ...(explicit && isJob ? { fix: { description: 'Set restartPolicy to OnFailure', replaceValues: [{ path, value: 'OnFailure' }] } } : {}),
        });
      },
    };
  },
});
