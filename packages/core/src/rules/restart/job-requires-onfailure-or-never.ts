import { defineRule } from '../../engine/rule.js';
import { jobTemplateOf } from './utils/restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/job-requires-onfailure-or-never',
    severity: 'error',
    origin: 'api-error',
    description: 'A Job or CronJob template must set restartPolicy to OnFailure or Never.',
    fixable: true,
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateJobSpec' }],
    messages: {
      jobRequiresOnfailureOrNever:
        'restartPolicy {{detail}}, which a {{kind}} refuses (Required value: valid values: "OnFailure", "Never"): a Job runs its pods to completion and cannot restart them forever; set restartPolicy to {{detail2}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const template = jobTemplateOf(site, resource);
        const policy = template?.policy;
        if (!template || !policy || policy.value !== 'Always') return;
        // Never, not OnFailure, so that the fix does not earn restart/job-onfailure-loses-logs's advice.
        const target = 'Never';
        context.report({
          resource,
          path: policy.path,
          messageId: 'jobRequiresOnfailureOrNever',
          data: {
            detail: policy.explicit ? '"Always"' : 'is unset (defaults to "Always")',
            kind: resource.kind,
            detail2: template.hasPodFailurePolicy
              ? '"Never" (required by podFailurePolicy)'
              : '"Never" (a pod and its logs per attempt) or "OnFailure"',
          },
          fix: policy.explicit
            ? { description: `Set restartPolicy to ${target}`, replaceValues: [{ path: policy.path, value: target }] }
            : undefined,
        });
      },
    };
  },
});
