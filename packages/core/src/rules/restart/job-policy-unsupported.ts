import { defineRule } from '../../engine/rule.js';
import { caseFix } from '../../model/fixes.js';
import { jobTemplateOf } from './utils/restart-policy.js';

const JOB_POLICIES = ['OnFailure', 'Never'];

export default defineRule({
  meta: {
    id: 'restart/job-policy-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: "A Job template's restartPolicy is not a restart policy at all.",
    fixable: true,
    podSpecFields: ['restartPolicy'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateJobSpec' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateRestartPolicy' },
    ],
    messages: {
      jobPolicyUnsupported:
        'restartPolicy {{value}} is not supported: a {{kind}} accepts exactly "OnFailure" or "Never" (case-sensitive) and the API server refuses the object; {{advice}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const policy = jobTemplateOf(site, resource)?.policy;
        // Always (also after defaulting) is restart/job-requires-onfailure-or-never's.
        if (!policy || ['Always', ...JOB_POLICIES].includes(policy.value)) return;
        const fixed = caseFix(policy.value, JOB_POLICIES, policy.path, 'restartPolicy');
        context.report({
          resource,
          path: policy.path,
          messageId: 'jobPolicyUnsupported',
          data: {
            value: JSON.stringify(policy.value),
            kind: resource.kind,
            advice: fixed
              ? `write "${fixed.value}"`
              : 'use "OnFailure" to restart failed containers in place, or "Never" to let the Job create new pods',
          },
          fix: fixed?.fix,
        });
      },
    };
  },
});
