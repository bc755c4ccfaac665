import { defineRule } from '../../engine/rule.js';
import { isSet } from '../../model/values.js';
import { DEFAULT_BACKOFF_LIMIT, jobTemplateOf, podActiveDeadline } from './utils/restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/job-template-active-deadline',
    severity: 'warning',
    origin: 'pitfall',
    description: "A Job template sets the pod's activeDeadlineSeconds, which bounds each attempt rather than the Job.",
    fixable: false,
    podSpecFields: ['activeDeadlineSeconds'],
    source: 'Kubernetes docs, Jobs: "Job termination and cleanup"',
    messages: {
      jobTemplateActiveDeadline:
        'this activeDeadlineSeconds limits each pod, not the {{kind}}: a pod that hits it is killed (DeadlineExceeded) and the Job starts another, up to backoffLimit {{detail}} times, so the Job can run far longer than {{value}}s; {{detail2}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const template = jobTemplateOf(site, resource);
        const deadline = podActiveDeadline(site);
        // A deadline the API server refuses is restart/active-deadline-out-of-range's.
        if (!template || !deadline?.inRange) return;
        const { job } = template;
        // With a Job-level deadline as well, a per-attempt limit is clearly deliberate.
        if (isSet(job?.spec.activeDeadlineSeconds)) return;
        context.report({
          resource,
          path: deadline.path,
          messageId: 'jobTemplateActiveDeadline',
          data: {
            kind: resource.kind,
            detail: template.backoffLimit ?? DEFAULT_BACKOFF_LIMIT,
            value: deadline.value,
            detail2: job
              ? `to bound the whole Job, set ${[...job.path, 'activeDeadlineSeconds'].join('.')} instead`
              : 'set the Job-level activeDeadlineSeconds instead',
          },
        });
      },
    };
  },
});
