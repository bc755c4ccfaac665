import { defineRule } from '../../engine/rule.js';
import { jobTemplateOf } from './restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/pod-failure-policy-needs-never',
    severity: 'error',
    origin: 'api-error',
    description: 'A Job with a podFailurePolicy must use restartPolicy Never.',
    help: [
      'A `podFailurePolicy` decides what to do when a pod fails (fail the Job, ignore, count), so pods must really fail: with `restartPolicy: OnFailure` the kubelet restarts the container in place and the policy never sees the failure. The Job validation refuses the combination (`only "Never" is supported when podFailurePolicy is specified`). The quick fix sets `Never`; `backoffLimit` still bounds the retries.',
      '',
      'Bad:',
      '```yaml',
      'kind: Job',
      'spec:',
      '  podFailurePolicy:',
      '    rules: [{action: FailJob, onExitCodes: {operator: In, values: [42]}}]',
      '  template:',
      '    spec:',
      '      restartPolicy: OnFailure',
      '```',
      'Good:',
      '```yaml',
      'kind: Job',
      'spec:',
      '  podFailurePolicy:',
      '    rules: [{action: FailJob, onExitCodes: {operator: In, values: [42]}}]',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '```',
    ].join('\n'),
    fixable: true,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateJobSpec' },
    ],
    messages: {
      podFailurePolicyNeedsNever: 'restartPolicy "OnFailure" restarts failed containers in place, so the podFailurePolicy would never see a failed pod; the API server refuses the combination (only "Never" is supported when podFailurePolicy is specified): set restartPolicy to "Never"',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const template = jobTemplateOf(site, resource);
        const policy = template?.policy;
        if (!template?.job || !template.hasPodFailurePolicy || policy?.value !== 'OnFailure') return;
        context.report({
          resource,
          path: policy.path,
          messageId: 'podFailurePolicyNeedsNever',
          related: [{ path: [...template.job.path, 'podFailurePolicy'], message: 'the podFailurePolicy that needs failed pods' }],
          fix: { description: 'Set restartPolicy to Never', replaceValues: [{ path: policy.path, value: 'Never' }] },
        });
      },
    };
  },
});
