import { defineRule } from '../../engine/rule.js';
import type { PodSpecSite } from '../../model/resource.js';
import type { KubernetesVersion } from '../../release/versions.js';
import {
  checksFor,
  describeViolation,
  evaluatedMinor,
  levelName,
  policySites,
  type BaselineCheck,
  type BaselineViolation,
} from './utils/baseline-check.js';
import { POD_SECURITY_CHECKS } from './utils/checks.js';
import type { LevelVersion } from './utils/namespace-policy.js';

/** Every violation of a mode's level, with its check, keyed so another mode's reports can be left out. */
function violationsAt(
  site: PodSpecSite,
  levelVersion: LevelVersion,
  release: KubernetesVersion,
): Map<string, { check: BaselineCheck; violation: BaselineViolation }> {
  const minor = evaluatedMinor(levelVersion, release);
  const out = new Map<string, { check: BaselineCheck; violation: BaselineViolation }>();
  for (const check of checksFor(POD_SECURITY_CHECKS, levelVersion.level, minor))
    for (const violation of check.violations(site, minor, levelVersion.level))
      out.set(`${check.id}\u0000${violation.path.join('.')}`, { check, violation });
  return out;
}

export default defineRule({
  meta: {
    id: 'podsecurity/warn-audit-violation',
    severity: 'warning',
    origin: 'api-warning',
    description:
      'A pod or template breaks the Pod Security Standard its namespace warns or audits at: it is accepted, with a warning or an audit record.',
    fixable: false,
    source: 'PodSecurity admission warn and audit modes (k8s.io/pod-security-admission/admission)',
    sources: POD_SECURITY_CHECKS.map((check) => check.source),
    messages: {
      warn: '{{what}}, which the Pod Security Standards {{checkLevel}} level forbids; namespace "{{namespace}}" warns at {{level}}, so the API server accepts the {{kind}} with a warning: {{fix}}',
      audit:
        '{{what}}, which the Pod Security Standards {{checkLevel}} level forbids; namespace "{{namespace}}" audits at {{level}}, so the API server accepts the {{kind}} and records the violation in its audit log: {{fix}}',
    },
  },
  create(context) {
    const release = context.kubernetesVersion;
    return {
      input(resources) {
        for (const kinds of ['pods', 'templates'] as const) {
          for (const { resource, site, policy } of policySites(resources, kinds, context.podSecurityDefaults)) {
            if (resource.kind === 'PodTemplate') continue;
            // The enforce level's violations are reported already (errors on Pods, warnings on templates).
            const reported = new Set(violationsAt(site, policy.enforce, release).keys());
            for (const mode of ['warn', 'audit'] as const) {
              for (const [key, { check, violation }] of violationsAt(site, policy[mode], release)) {
                if (reported.has(key)) continue;
                reported.add(key);
                context.report({
                  resource,
                  path: violation.path,
                  messageId: mode,
                  data: {
                    what: describeViolation(check, violation),
                    checkLevel: check.level ?? 'baseline',
                    fix: check.fix,
                    namespace: policy.namespace,
                    level: levelName(policy[mode]),
                    kind: resource.kind,
                  },
                });
              }
            }
          }
        }
      },
    };
  },
});
