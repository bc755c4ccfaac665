import { defineRule } from '../../engine/rule.js';
import { jobTemplateOf } from './restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/job-requires-onfailure-or-never',
    severity: 'error',
    origin: 'api-error',
    description: 'A Job or CronJob template must set restartPolicy to OnFailure or Never.',
    help: [
      'A Job runs its pods to completion, so its validation refuses `restartPolicy: Always`. An absent restartPolicy is defaulted to `Always` before validation, so a Job template **must** set it (`Required value: valid values: "OnFailure", "Never"`). `OnFailure` restarts a failed container in the same pod; `Never` lets the Job create a new pod (and is required with `podFailurePolicy`). The quick fix turns an explicit `Always` into `OnFailure` (`Never` when the Job has a podFailurePolicy).',
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
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateJobSpec' },
    ],
    messages: {
      jobRequiresOnfailureOrNever: 'restartPolicy {{detail}}, which a {{kind}} refuses (Required value: valid values: "OnFailure", "Never"): a Job runs its pods to completion and cannot restart them forever; set restartPolicy to {{detail2}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const template = jobTemplateOf(site, resource);
        const policy = template?.policy;
        if (!template || !policy || policy.value !== 'Always') return;
        const target = template.hasPodFailurePolicy ? 'Never' : 'OnFailure';
        context.report({
          resource,
          path: policy.path,
          messageId: 'jobRequiresOnfailureOrNever', data: { detail: policy.explicit ? '"Always"' : 'is unset (defaults to "Always")', kind: resource.kind, detail2: template.hasPodFailurePolicy ? '"Never" (required by podFailurePolicy)' : '"OnFailure" or "Never"' },
          fix: policy.explicit ? { description: `Set restartPolicy to ${target}`, replaceValues: [{ path: policy.path, value: target }] } : undefined,
        });
      },
    };
  },
});
