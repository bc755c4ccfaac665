import { objectEntries } from '../../../model/values.js';
import type { BaselineCheck } from './baseline-check.js';
import { podSecurityContext } from './security-contexts.js';

/** The namespaced sysctls the baseline standard allows, by the version that added them. */
const ALLOWED_SINCE: ReadonlyArray<readonly [number, readonly string[]]> = [
  [
    0,
    [
      'kernel.shm_rmid_forced',
      'net.ipv4.ip_local_port_range',
      'net.ipv4.tcp_syncookies',
      'net.ipv4.ping_group_range',
      'net.ipv4.ip_unprivileged_port_start',
    ],
  ],
  [27, ['net.ipv4.ip_local_reserved_ports']],
  [
    29,
    [
      'net.ipv4.tcp_keepalive_time',
      'net.ipv4.tcp_fin_timeout',
      'net.ipv4.tcp_keepalive_intvl',
      'net.ipv4.tcp_keepalive_probes',
    ],
  ],
  [32, ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']],
  [37, ['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat']],
];

export const check: BaselineCheck = {
  id: 'sysctls',
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'sysctlsV1Dot37' },
  what: 'the pod sets the sysctl {{sysctl}}',
  fix: 'remove it (only a few safe network and IPC sysctls are allowed), or run the pod in a namespace with a privileged level',
  violations: (site, minor) => {
    const allowed = new Set(ALLOWED_SINCE.filter(([since]) => since <= minor).flatMap(([, names]) => names));
    const pod = podSecurityContext(site);
    return objectEntries(pod.securityContext.sysctls)
      .filter(([, sysctl]) => !allowed.has(String(sysctl.name)))
      .map(([index, sysctl]) => ({
        path: [...pod.path, 'sysctls', index, 'name'],
        data: { sysctl: String(sysctl.name) },
      }));
  },
};
