import { defineRule } from '../../engine/rule.js';
import { DEFAULT_BACKOFF_LIMIT, jobTemplateOf } from './restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/job-onfailure-loses-logs',
    severity: 'info',
    origin: 'pitfall',
    description: 'A Job with restartPolicy OnFailure loses the logs of its failed attempts.',
    help: [
      'With `OnFailure` a failed container is restarted in the same pod, so only the last attempt\'s logs remain, and when `backoffLimit` (6 by default) is reached the pod is terminated and those go too. The Job documentation suggests `restartPolicy: Never` while debugging: each attempt gets its own pod, which stays around (until the Job is deleted) with its logs and exit code. `Never` is also required by `podFailurePolicy`.',
      '',
      'Bad:',
      '```yaml',
      'kind: Job',
      'spec:',
      '  backoffLimit: 4',
      '  template:',
      '    spec:',
      '      restartPolicy: OnFailure',
      '```',
      'Good:',
      '```yaml',
      'kind: Job',
      'spec:',
      '  backoffLimit: 4',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'Kubernetes docs, Jobs (handling pod and container failures; pod backoff failure policy)',
    messages: {
      jobOnfailureDebugging: 'with restartPolicy "OnFailure" failed containers restart inside one pod, so only the last attempt\'s logs survive, and after backoffLimit ({{detail}}) failures the pod is terminated with them; use "Never" to keep one pod (and its logs) per attempt',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const template = jobTemplateOf(site, resource);
        const policy = template?.policy;
        // With a podFailurePolicy the combination is an error of its own (restart/pod-failure-policy-needs-never).
        if (!template || policy?.value !== 'OnFailure' || template.hasPodFailurePolicy) return;
        context.report({
          resource,
          path: policy.path,
          messageId: 'jobOnfailureDebugging', data: { detail: template.backoffLimit ?? DEFAULT_BACKOFF_LIMIT },
        });
      },
    };
  },
});
