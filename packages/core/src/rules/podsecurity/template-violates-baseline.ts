import { defineRule } from '../../engine/rule.js';
import { checksFor, describeViolation, evaluatedMinor, levelName, policySites } from './utils/baseline-check.js';
import { POD_SECURITY_CHECKS } from './utils/checks.js';

export default defineRule({
  meta: {
    id: 'podsecurity/template-violates-baseline',
    severity: 'warning',
    origin: 'api-warning',
    description:
      'A workload template breaks the Pod Security Standard (baseline or restricted) its namespace enforces: the workload is admitted, its pods are refused.',
    fixable: false,
    source: 'PodSecurity admission on pod controllers (k8s.io/pod-security-admission/admission)',
    sources: POD_SECURITY_CHECKS.map((check) => check.source),
    messages: {
      template:
        '{{what}}, which the Pod Security Standards {{checkLevel}} level forbids; namespace "{{namespace}}" enforces {{level}}, so the API server admits the {{kind}} with a warning but refuses every pod it creates: {{fix}}',
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const { resource, site, policy } of policySites(resources, 'templates', context.podSecurityDefaults)) {
          if (resource.kind === 'PodTemplate') continue;
          const minor = evaluatedMinor(policy.enforce, context.kubernetesVersion);
          for (const check of checksFor(POD_SECURITY_CHECKS, policy.enforce.level, minor)) {
            for (const violation of check.violations(site, minor, policy.enforce.level)) {
              context.report({
                resource,
                path: violation.path,
                messageId: 'template',
                data: {
                  what: describeViolation(check, violation),
                  checkLevel: check.level ?? 'baseline',
                  fix: check.fix,
                  namespace: policy.namespace,
                  level: levelName(policy.enforce),
                  kind: resource.kind,
                },
              });
            }
          }
        }
      },
    };
  },
});
