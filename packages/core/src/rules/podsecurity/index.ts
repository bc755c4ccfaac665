// Rules for PodSecurity admission: pods in a namespace labelled with an enforce level (baseline or restricted, optionally pinned to a version), checked as the admission plugin does, and the warn and audit levels as warnings. Shared helpers are in utils/
import type { Rule } from '../../engine/rule.js';
import capabilities from './capabilities.js';
import hostNamespaces from './host-namespaces.js';
import hostPathVolumes from './host-path-volumes.js';
import hostPorts from './host-ports.js';
import privileged from './privileged.js';
import seccompUnconfined from './seccomp-unconfined.js';
import templateViolatesBaseline from './template-violates-baseline.js';
import allowPrivilegeEscalation from './allow-privilege-escalation.js';
import capabilitiesRestricted from './capabilities-restricted.js';
import restrictedVolumes from './restricted-volumes.js';
import runAsNonRoot from './run-as-non-root.js';
import runAsUser from './run-as-user.js';
import seccompRestricted from './seccomp-restricted.js';
import appArmor from './app-armor.js';
import hostProbes from './host-probes.js';
import procMount from './proc-mount.js';
import seLinuxOptions from './se-linux-options.js';
import sysctls from './sysctls.js';
import windowsHostProcess from './windows-host-process.js';
import warnAuditViolation from './warn-audit-violation.js';

export const podSecurityRules: readonly Rule[] = [
  hostNamespaces,
  privileged,
  capabilities,
  hostPathVolumes,
  hostPorts,
  seccompUnconfined,
  templateViolatesBaseline,
  allowPrivilegeEscalation,
  capabilitiesRestricted,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seccompRestricted,
  appArmor,
  hostProbes,
  procMount,
  seLinuxOptions,
  sysctls,
  windowsHostProcess,
  warnAuditViolation,
];
