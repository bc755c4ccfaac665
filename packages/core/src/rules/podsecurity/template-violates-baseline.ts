import { defineRule } from '../../engine/rule.js';
import { enforcedSites, type BaselineCheck } from './utils/baseline-check.js';
import { check as capabilities } from './utils/capabilities-check.js';
import { check as hostNamespaces } from './utils/host-namespaces-check.js';
import { check as hostPathVolumes } from './utils/host-path-volumes-check.js';
import { check as hostPorts } from './utils/host-ports-check.js';
import { check as privileged } from './utils/privileged-check.js';
import { check as seccompUnconfined } from './utils/seccomp-unconfined-check.js';

const CHECKS: readonly BaselineCheck[] = [
  hostNamespaces,
  privileged,
  capabilities,
  hostPathVolumes,
  hostPorts,
  seccompUnconfined,
];

export default defineRule({
  meta: {
    id: 'podsecurity/template-violates-baseline',
    severity: 'warning',
    origin: 'api-warning',
    description:
      'A workload template breaks the baseline Pod Security Standard its namespace enforces: the workload is admitted, its pods are refused.',
    fixable: false,
    source: 'PodSecurity admission on pod controllers (k8s.io/pod-security-admission/admission)',
    sources: CHECKS.map((check) => check.source),
    messages: {
      template:
        '{{what}}, which the Pod Security Standards baseline forbids; namespace "{{namespace}}" enforces {{level}}, so the API server admits the {{kind}} with a warning but refuses every pod it creates: {{fix}}',
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const { resource, site, namespace, level } of enforcedSites(resources, 'templates')) {
          if (resource.kind === 'PodTemplate') continue;
          for (const check of CHECKS) {
            for (const violation of check.violations(site)) {
              const what = check.what.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
                String(violation.data[key] ?? whole),
              );
              context.report({
                resource,
                path: violation.path,
                messageId: 'template',
                data: { what, fix: check.fix, namespace, level, kind: resource.kind },
              });
            }
          }
        }
      },
    };
  },
});
