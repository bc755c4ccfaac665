// Rules for pod and container security contexts (validatePodSpecSecurityContext, ValidateSecurityContext).
import type { Rule } from '../../engine/rule.js';
import hostUsersWithHostNamespaces from './host-users-with-host-namespaces.js';
import idOutOfRange from './id-out-of-range.js';
import privilegedWithoutEscalation from './privileged-without-escalation.js';
import profileAnnotationMismatch from './profile-annotation-mismatch.js';
import profileAnnotationInvalid from './profile-annotation-invalid.js';
import profileLocalhostMismatch from './profile-localhost-mismatch.js';
import shareProcessNamespaceHostPid from './share-process-namespace-host-pid.js';
import sysAdminWithoutEscalation from './sys-admin-without-escalation.js';
import sysctlHostNamespace from './sysctl-host-namespace.js';
import sysctlNameInvalid from './sysctl-name-invalid.js';
import hostProcessInvalid from './host-process-invalid.js';
import procMountUnmaskedHostUsers from './proc-mount-unmasked-host-users.js';
import seLinuxChangePolicyUnsupported from './se-linux-change-policy-unsupported.js';
import windowsOptionsInvalid from './windows-options-invalid.js';

/** Checks of pod and container security contexts (validatePodSpecSecurityContext, ValidateSecurityContext). */
export const securityRules: readonly Rule[] = [
  idOutOfRange,
  privilegedWithoutEscalation,
  profileLocalhostMismatch,
  sysctlNameInvalid,
  shareProcessNamespaceHostPid,
  hostUsersWithHostNamespaces,
  windowsOptionsInvalid,
  hostProcessInvalid,
  procMountUnmaskedHostUsers,
  seLinuxChangePolicyUnsupported,
  profileAnnotationMismatch,
  profileAnnotationInvalid,
  sysctlHostNamespace,
  sysAdminWithoutEscalation,
];
