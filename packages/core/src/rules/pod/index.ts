// Rules for a pod spec's own fields (ValidatePodSpec): the names it refers to, host names, scheduling gates, OS fields.
import type { Rule } from '../../engine/rule.js';
import annotationInvalid from './annotation-invalid.js';
import ephemeralContainersForbidden from './ephemeral-containers-forbidden.js';
import gateNameInvalid from './gate-name-invalid.js';
import hostnameInvalid from './hostname-invalid.js';
import nodeNameInvalid from './node-name-invalid.js';
import nodeNameWithSchedulingGates from './node-name-with-scheduling-gates.js';
import osFieldsForbidden from './os-fields-forbidden.js';
import resourceClaimSourceCount from './resource-claim-source-count.js';
import priorityClassNameInvalid from './priority-class-name-invalid.js';
import runtimeClassNameInvalid from './runtime-class-name-invalid.js';
import serviceAccountNameInvalid from './service-account-name-invalid.js';
import subdomainInvalid from './subdomain-invalid.js';
import hostnameOverrideInvalid from './hostname-override-invalid.js';
import osNameInvalid from './os-name-invalid.js';

/** Checks of a pod spec's own fields (ValidatePodSpec): the names of what the pod refers to, its host name. */
export const podRules: readonly Rule[] = [
  serviceAccountNameInvalid,
  nodeNameInvalid,
  hostnameInvalid,
  subdomainInvalid,
  priorityClassNameInvalid,
  runtimeClassNameInvalid,
  ephemeralContainersForbidden,
  nodeNameWithSchedulingGates,
  gateNameInvalid,
  osFieldsForbidden,
  resourceClaimSourceCount,
  hostnameOverrideInvalid,
  osNameInvalid,
  annotationInvalid,
];
