import { defineRule } from '../../engine/rule.js';
import { jobSpecOf, ownerKind } from './restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/job-template-active-deadline',
    severity: 'warning',
    origin: 'pitfall',
    description: "A Job template sets the pod's activeDeadlineSeconds, which bounds each attempt rather than the Job.",
    help: [
      'There are two deadlines with the same name. The Job\'s `spec.activeDeadlineSeconds` bounds the whole Job, retries included, and takes precedence over `backoffLimit`. The pod template\'s `spec.template.spec.activeDeadlineSeconds` only kills each pod (`DeadlineExceeded`), and the Job then starts another one, up to `backoffLimit` times: a Job that should stop after 5 minutes may run for 35. Move the field up to the Job spec unless a per-attempt limit is what you want (a template deadline beside a Job-level one is taken as deliberate and not reported).',
      '',
      'Bad:',
      '```yaml',
      'kind: Job',
      'spec:',
      '  template:',
      '    spec:',
      '      activeDeadlineSeconds: 300',
      '```',
      'Good:',
      '```yaml',
      'kind: Job',
      'spec:',
      '  activeDeadlineSeconds: 300',
      '  template:',
      '    spec: {...}',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'Kubernetes docs, Jobs: "Job termination and cleanup"',
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (ownerKind(site, resource) !== 'job') return;
        const value = site.spec.activeDeadlineSeconds;
        if (typeof value !== 'number') return;
        const job = jobSpecOf(resource);
        // With a Job-level deadline as well, a per-attempt limit is clearly deliberate.
        if (job?.spec.activeDeadlineSeconds !== undefined && job.spec.activeDeadlineSeconds !== null) return;
        const backoffLimit = typeof job?.spec.backoffLimit === 'number' ? job.spec.backoffLimit : 6;
        context.report({
          resource,
          path: [...site.path, 'activeDeadlineSeconds'],
          message: `this activeDeadlineSeconds limits each pod, not the ${resource.kind}: a pod that hits it is killed (DeadlineExceeded) and the Job starts another, up to backoffLimit ${backoffLimit} times, so the Job can run far longer than ${value}s; ${job ? `to bound the whole Job, set ${[...job.path, 'activeDeadlineSeconds'].join('.')} instead` : 'set the Job-level activeDeadlineSeconds instead'}`,
        });
      },
    };
  },
});
