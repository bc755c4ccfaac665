import type { BaselineCheck } from './baseline-check.js';
import { check as allowPrivilegeEscalation } from './allow-privilege-escalation-check.js';
import { check as appArmor } from './app-armor-check.js';
import { check as capabilities } from './capabilities-check.js';
import { check as capabilitiesRestricted } from './capabilities-restricted-check.js';
import { check as hostNamespaces } from './host-namespaces-check.js';
import { check as hostPathVolumes } from './host-path-volumes-check.js';
import { check as hostPorts } from './host-ports-check.js';
import { check as hostProbes } from './host-probes-check.js';
import { check as privileged } from './privileged-check.js';
import { check as procMount } from './proc-mount-check.js';
import { check as restrictedVolumes } from './restricted-volumes-check.js';
import { check as runAsNonRoot } from './run-as-non-root-check.js';
import { check as runAsUser } from './run-as-user-check.js';
import { check as seccompRestricted } from './seccomp-restricted-check.js';
import { check as seccompUnconfined } from './seccomp-unconfined-check.js';
import { check as seLinuxOptions } from './se-linux-options-check.js';
import { check as sysctls } from './sysctls-check.js';
import { check as windowsHostProcess } from './windows-host-process-check.js';

/** Every check of the Pod Security Standards (k8s.io/pod-security-admission/policy), baseline then restricted. */
export const POD_SECURITY_CHECKS: readonly BaselineCheck[] = [
  hostNamespaces,
  privileged,
  capabilities,
  hostPathVolumes,
  hostPorts,
  seccompUnconfined,
  appArmor,
  hostProbes,
  procMount,
  seLinuxOptions,
  sysctls,
  windowsHostProcess,
  allowPrivilegeEscalation,
  capabilitiesRestricted,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seccompRestricted,
];
