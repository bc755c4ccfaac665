import { defineRule } from '../../engine/rule.js';
import { DEFAULT_BACKOFF_LIMIT, jobTemplateOf } from './utils/restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/job-onfailure-loses-logs',
    severity: 'info',
    origin: 'pitfall',
    description: 'A Job with restartPolicy OnFailure loses the logs of its failed attempts.',
    fixable: false,
    podSpecFields: ['restartPolicy'],
    source: 'Kubernetes docs, Jobs (handling pod and container failures; pod backoff failure policy)',
    messages: {
      jobOnfailureLosesLogs:
        'with restartPolicy "OnFailure" failed containers restart inside one pod, so only the last attempt\'s logs survive, and after backoffLimit ({{detail}}) failures the pod is terminated with them; use "Never" to keep one pod (and its logs) per attempt',
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
          messageId: 'jobOnfailureLosesLogs',
          data: { detail: template.backoffLimit ?? DEFAULT_BACKOFF_LIMIT },
        });
      },
    };
  },
});
