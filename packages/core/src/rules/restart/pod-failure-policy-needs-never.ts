import { defineRule } from '../../engine/rule.js';
import { jobTemplateOf } from './utils/restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/pod-failure-policy-needs-never',
    severity: 'error',
    origin: 'api-error',
    description: 'A Job with a podFailurePolicy must use restartPolicy Never.',
    fixable: true,
    podSpecFields: ['restartPolicy'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateJobSpec' }],
    messages: {
      podFailurePolicyNeedsNever:
        'restartPolicy "OnFailure" restarts failed containers in place, so the podFailurePolicy would never see a failed pod; the API server refuses the combination (only "Never" is supported when podFailurePolicy is specified): set restartPolicy to "Never"',
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
          related: [
            {
              path: [...template.job.path, 'podFailurePolicy'],
              message: 'the podFailurePolicy that needs failed pods',
            },
          ],
          fix: { description: 'Set restartPolicy to Never', replaceValues: [{ path: policy.path, value: 'Never' }] },
        });
      },
    };
  },
});
