import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/capabilities-check.js';

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
