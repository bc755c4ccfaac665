import { containersOf, describeContainer } from '../../model/containers.js';
import { asArray, asObject } from '../../model/values.js';
import { baselineRule, type BaselineCheck } from './utils/baseline-check.js';

/** The capabilities the baseline standard allows a container to add (the container runtime's defaults). */
const ALLOWED = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);

export const check: BaselineCheck = {
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'capabilitiesBaseline_1_0' },
  what: '{{container}} adds the capability {{capability}}',
  fix: 'drop it from capabilities.add, or run the pod in a namespace with a privileged level',
  violations: (site) =>
    containersOf(site).flatMap((container) =>
      asArray(asObject(asObject(container.container.securityContext)?.capabilities)?.add).flatMap((capability, index) =>
        typeof capability === 'string' && !ALLOWED.has(capability)
          ? [{ path: [...container.path, 'securityContext', 'capabilities', 'add', index], data: { container: describeContainer(container), capability } }]
          : [],
      ),
    ),
};

export default baselineRule({
  id: 'podsecurity/capabilities',
  description: 'In a namespace enforcing the baseline (or restricted) Pod Security Standard, containers may add only the default capabilities.',
  help: [
    'The baseline standard lets a container add only capabilities that container runtimes grant by default (`AUDIT_WRITE`, `CHOWN`, `DAC_OVERRIDE`, `FOWNER`, `FSETID`, `KILL`, `MKNOD`, `NET_BIND_SERVICE`, `SETFCAP`, `SETGID`, `SETPCAP`, `SETUID`, `SYS_CHROOT`). Anything else (`NET_ADMIN`, `SYS_ADMIN`, `SYS_PTRACE`, `ALL`…) is refused by PodSecurity admission in a namespace labelled `pod-security.kubernetes.io/enforce: baseline` or `restricted`. The names are compared exactly: `CAP_NET_ADMIN` or `net_admin` are not in the list either.',
    '',
    'Bad:',
    '```yaml',
    'securityContext:',
    '  capabilities:',
    '    add: [NET_ADMIN]',
    '```',
    'Good:',
    '```yaml',
    'securityContext:',
    '  capabilities:',
    '    add: [NET_BIND_SERVICE]',
    '```',
  ].join('\n'),
  check,
});
