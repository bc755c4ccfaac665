import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './warn-audit-violation.js';

/** Namespace team-a with `labels` (lines 1-5 and one line per label), then a Pod in it. */
function podInNamespace(labels: string[], spec: string): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: team-a
  labels:
${labels.map((label) => `    pod-security.kubernetes.io/${label}\n`).join('')}---
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: team-a
spec:
${manifests.indent(spec, 2)}
`;
}

runRuleTests(rule, {
  valid: [
    {
      name: 'a compliant pod in a namespace that warns at restricted',
      code: podInNamespace(
        ['warn: restricted'],
        manifests.webContainer(
          'securityContext:\n  allowPrivilegeEscalation: false\n  runAsNonRoot: true\n  capabilities: {drop: [ALL]}\n  seccompProfile: {type: RuntimeDefault}',
        ),
      ),
    },
    {
      name: 'what the enforce level already refuses is not repeated',
      code: podInNamespace(['enforce: baseline', 'warn: baseline'], `hostPID: true\n${manifests.webContainer()}`),
      oracle: 'reject',
    },
  ],
  invalid: [
    {
      name: 'hostPID in a namespace that only warns at baseline',
      code: podInNamespace(['warn: baseline'], `hostPID: true\n${manifests.webContainer()}`),
      errors: [{ path: 'spec.hostPID', line: 14, column: 3, messageId: 'warn' }],
      output: null,
    },
    {
      name: 'audit at a pinned version: a sysctl allowed from 1.29 is audited at v1.28',
      code: podInNamespace(
        ['audit: baseline', 'audit-version: v1.28'],
        `securityContext:\n  sysctls:\n    - {name: net.ipv4.tcp_keepalive_time, value: "600"}\n${manifests.webContainer()}`,
      ),
      errors: [{ path: 'spec.securityContext.sysctls[0].name', line: 17, column: 10, messageId: 'audit' }],
    },
    {
      name: 'a Deployment in a namespace that enforces baseline and warns at restricted',
      code:
        podInNamespace(['enforce: baseline', 'warn: restricted'], '').replace(/---[\s\S]*$/, '---\n') +
        manifests
          .deployment(manifests.webContainer('securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false}'))
          .replace('  name: web\n', '  name: web\n  namespace: team-a\n'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].securityContext.capabilities.drop',
          line: 24,
          column: 11,
          messageId: 'warn',
        },
        {
          path: 'spec.template.spec.containers[0].securityContext.seccompProfile.type',
          line: 24,
          column: 11,
          messageId: 'warn',
        },
      ],
    },
  ],
});
