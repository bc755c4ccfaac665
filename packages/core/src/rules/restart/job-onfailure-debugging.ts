import { defineRule } from '../../engine/rule.js';
import { jobSpecOf, ownerKind, podRestartPolicy } from './restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/job-onfailure-debugging',
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
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (ownerKind(site, resource) !== 'job') return;
        const policy = podRestartPolicy(site);
        if (policy?.value !== 'OnFailure') return;
        const job = jobSpecOf(resource);
        // With a podFailurePolicy the combination is an error of its own (restart/pod-failure-policy-needs-never).
        if (job?.spec.podFailurePolicy !== undefined && job.spec.podFailurePolicy !== null) return;
        const backoffLimit = typeof job?.spec.backoffLimit === 'number' ? job.spec.backoffLimit : 6;
        context.report({
          resource,
          path: policy.path,
          message: `with restartPolicy "OnFailure" failed containers restart inside one pod, so only the last attempt's logs survive, and after backoffLimit (${backoffLimit}) failures the pod is terminated with them; use "Never" to keep one pod (and its logs) per attempt`,
        });
      },
    };
  },
});
